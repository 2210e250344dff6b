// Country names beside their codes, as audit sentences and tables show them.

/// The names of the countries an output mentions, by alpha-3 code: `United States (USA)` in
/// sentences, the code alone for a code the catalog does not know.
///
/// ```swift
/// let names = CountryNames(catalog: catalog, codes: ["USA", "XKX"])
/// names.label("USA")  // "United States (USA)"
/// names.label("XKX")  // "XKX"
/// ```
public struct CountryNames: Hashable, Sendable {
    /// Name by alpha-3 code.
    public var names: [String: String]

    /// The names given (none: every label is the bare code).
    public init(_ names: [String: String] = [:]) {
        self.names = names
    }

    /// The catalog's names of `codes` (codes it does not know are left out).
    public init(catalog: CountryCatalog, codes: some Sequence<String>) {
        var names: [String: String] = [:]
        for code in codes {
            if let country = catalog[alpha3: code] { names[code] = country.name }
        }
        self.names = names
    }

    /// The country's name, or `nil` when unknown.
    public func name(_ code: String) -> String? { names[code] }

    /// `Name (CODE)`, or the code alone when the name is unknown.
    public func label(_ code: String) -> String {
        names[code].map { "\($0) (\(code))" } ?? code
    }
}
