// The words pages use for the two sides of the development–governance match.

/// What the pages call the two sides of a ``MatchRule`` and the principle it tests, as the
/// registry declares on `<match>`: AGILE says "AI development" and "AI governance" on the
/// chart's axes and states its principle; an index that declares nothing gets the plain words
/// "development" and "governance" and no principle.
public struct MatchLabels: Hashable, Sendable {
    /// The word for the development side in sentences, lower case ("development").
    public var development: String
    /// The word for the governance side in sentences, lower case ("governance").
    public var governance: String
    /// The title of the development axis ("AI development"); by default the word.
    public var developmentAxis: String
    /// The title of the governance axis ("AI governance"); by default the word.
    public var governanceAxis: String
    /// The principle the match tests, as a clause ("governance should match development");
    /// `nil`: the pages state none and read the quadrants without judging them.
    public var principle: String?

    public init(
        development: String = "development", governance: String = "governance",
        developmentAxis: String? = nil, governanceAxis: String? = nil, principle: String? = nil
    ) {
        self.development = development
        self.governance = governance
        self.developmentAxis = developmentAxis ?? development
        self.governanceAxis = governanceAxis ?? governance
        self.principle = principle
    }
}
