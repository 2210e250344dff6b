// The list of valid countries, looked up by alpha-3 or alpha-2 code.

/// All ISO 3166-1 countries, for validating and normalising country codes.
///
/// ```swift
/// catalog.resolve("DE")?.alpha3  // "DEU"
/// catalog.resolve("deu")?.alpha3 // "DEU"
/// catalog.resolve("WLD")         // nil: an aggregate, not a country
/// ```
public struct CountryCatalog: Sendable {
    public let countries: [Country]
    private let byCode: [String: Int]

    public init(_ countries: [Country]) {
        self.countries = countries
        var index: [String: Int] = [:]
        for (position, country) in countries.enumerated() {
            index[country.alpha3] = position
            index[country.alpha2] = position
        }
        byCode = index
    }

    /// The country for an alpha-3 or alpha-2 code (case-insensitive), or `nil`.
    public func resolve(_ code: String) -> Country? {
        position(of: code).map { countries[$0] }
    }

    /// The alpha-3 code for an alpha-3 or alpha-2 code (case-insensitive), or `nil`; unlike
    /// ``resolve(_:)`` it copies only the code.
    public func alpha3(for code: String) -> String? {
        position(of: code).map { countries[$0].alpha3 }
    }

    /// Where a code's country stands in ``countries``: exact match first, then the upper-cased
    /// code (ASCII only, so that e.g. `ß` cannot fold into `SS`).
    private func position(of code: String) -> Int? {
        if let position = byCode[code] { return position }
        guard code.utf8.count <= 3, code.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return byCode[code.uppercased()]
    }

    /// The country with this alpha-3 code.
    public subscript(alpha3 code: String) -> Country? {
        byCode[code].map { countries[$0] }.flatMap { $0.alpha3 == code ? $0 : nil }
    }
}
