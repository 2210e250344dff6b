// A country or territory of ISO 3166-1.

/// One entry of ISO 3166-1: alpha-3, alpha-2, numeric code and English short name.
public struct Country: Hashable, Sendable {
    public var alpha3: String
    public var alpha2: String
    /// The three-digit numeric code, as text to keep its leading zeros (`004`).
    public var numeric: String
    public var name: String

    public init(alpha3: String, alpha2: String, numeric: String, name: String) {
        self.alpha3 = alpha3
        self.alpha2 = alpha2
        self.numeric = numeric
        self.name = name
    }
}
