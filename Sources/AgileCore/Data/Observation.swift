// One observed value of one indicator for one country and year, with where it came from.

/// A single data point: country × indicator × year → value.
///
/// `value` is `nil` when the source says the value is missing (an empty World Bank cell, `NA`
/// in a COINr table); such points are kept so coverage can tell "reported missing" apart from
/// "never reported".
public struct Observation: Hashable, Sendable {
    /// ISO 3166-1 alpha-3 code of the country (alpha-2 input is mapped before this point).
    public var country: String
    /// Indicator (or denominator) code as the framework declares it, e.g. `I14`.
    public var indicator: String
    /// The year the value refers to.
    public var year: Int
    /// The value, or `nil` for an explicitly missing value.
    public var value: Double?
    /// The source named with the value, empty when none was given.
    public var source: String
    /// A free-text note that came with the value.
    public var note: String
    /// Where the value was read.
    public var provenance: Provenance

    public init(
        country: String, indicator: String, year: Int, value: Double?,
        source: String = "", note: String = "", provenance: Provenance
    ) {
        self.country = country
        self.indicator = indicator
        self.year = year
        self.value = value
        self.source = source
        self.note = note
        self.provenance = provenance
    }
}
