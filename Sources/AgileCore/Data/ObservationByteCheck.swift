// The checks of ObservationCheck on fields given as UTF-8 bytes, for readers that stream many rows.

/// A fast path in front of ``ObservationCheck``: it takes fields as the UTF-8 bytes a reader
/// holds and makes no `String` per field.
///
/// It accepts a field only where ``ObservationCheck`` accepts it, with the same result. Anything
/// else (a bad field, a code longer than 16 bytes, a year of more than 18 digits) it declines,
/// and the reader then checks the row with ``ObservationCheck``, which gives the result or the
/// precise error; errors therefore never depend on which path ran. Country and indicator
/// codes that passed are remembered by their bytes in fixed-size caches, so a repeated code costs
/// a comparison rather than a `String` and a dictionary look-up.
///
/// ```swift
/// var fast = ObservationByteCheck(check)
/// let passed = try fast.country(countryBytes).map { country in
///     try fast.observation(country: country, indicator: indicatorBytes, year: yearBytes, value: valueBytes,
///                          provenance: here, into: consume)
/// } ?? false
/// if !passed {
///     try consume(try check.observation(country: …, indicator: …, year: …, value: …)) // throws the error
/// }
/// ```
public struct ObservationByteCheck {
    /// The check this one stands in front of.
    public let check: ObservationCheck
    /// Alpha-3 codes by the bytes of the codes that gave them (alpha-2, any case).
    private var countries = CodeCache<String>(bits: 10)
    /// Indicator and denominator codes with their bounds, by their bytes.
    private var indicators = CodeCache<DataCode>(bits: 9)

    /// A data code that passed, with its bounds.
    private struct DataCode {
        var code: String
        var rule: ObservationCheck.ValueRule
    }

    /// A fast path in front of `check`.
    public init(_ check: ObservationCheck) {
        self.check = check
    }

    /// The alpha-3 code for the UTF-8 `bytes` of a country field, as
    /// ``ObservationCheck/country(_:)`` gives it; `nil` when that check does not accept them.
    public mutating func country(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let code = bytes.trimmingSpaces()
        guard !code.isEmpty, let key = CodeKey(code) else { return nil }
        if let alpha3 = countries.value(for: key) { return alpha3 }
        guard let alpha3 = check.countries.alpha3(for: String(decoding: code, as: UTF8.self)) else { return nil }
        countries.store(alpha3, for: key)
        return alpha3
    }

    /// Checks a row as ``ObservationCheck/observation(country:indicator:year:value:source:note:missingMarkers:)``
    /// does (with no missing-value markers) and hands the observation it makes to `consume`.
    ///
    /// The observation is passed on rather than returned, so it is built once and never copied.
    /// - Parameters:
    ///   - country: the alpha-3 code, from ``country(_:)``.
    ///   - indicator: the UTF-8 bytes of the indicator field.
    ///   - year: the UTF-8 bytes of the year field.
    ///   - value: the UTF-8 bytes of the value field (blank for a missing value).
    ///   - provenance: where the value stands.
    /// - Returns: `false`, without calling `consume`, when a field does not pass.
    /// - Throws: only what `consume` throws.
    public mutating func observation(
        country: consuming String, indicator: UnsafeBufferPointer<UInt8>, year: UnsafeBufferPointer<UInt8>,
        value: UnsafeBufferPointer<UInt8>, source: consuming String = "", note: consuming String = "",
        provenance: consuming Provenance, into consume: (Observation) throws -> Void
    ) rethrows -> Bool {
        guard let indicator = self.indicator(indicator), let yearNumber = Self.year(year) else { return false }
        let text = value.trimmingSpaces()
        var number: Double?
        if !text.isEmpty {
            guard let parsed = DecimalNumber.parse(text), parsed.isFinite, indicator.rule.admits(parsed) else { return false }
            number = parsed
        }
        try consume(Observation(
            country: country, indicator: indicator.code, year: yearNumber, value: number,
            source: source, note: note, provenance: provenance))
        return true
    }

    /// The data code for the bytes of an indicator field, as ``ObservationCheck/indicatorCode(_:)``
    /// gives it, with its bounds; `nil` when that check does not accept them.
    @inline(__always)
    private mutating func indicator(_ bytes: UnsafeBufferPointer<UInt8>) -> DataCode? {
        let code = bytes.trimmingSpaces()
        guard !code.isEmpty, let key = CodeKey(code) else { return nil }
        if let indicator = indicators.value(for: key) { return indicator }
        let text = String(decoding: code, as: UTF8.self)
        guard let rule = check.rules[text] else { return nil }
        let indicator = DataCode(code: text, rule: rule)
        indicators.store(indicator, for: key)
        return indicator
    }

    /// The year of a year field's bytes, as ``ObservationCheck/year(_:)`` gives it; `nil` when
    /// that check does not accept them.
    @inline(__always)
    private static func year(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let digits = bytes.trimmingSpaces()
        // At most 18 digits cannot overflow; leading zeros are allowed, as `Int(_:)` allows them.
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var year = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            year = year * 10 + Int(byte &- UInt8(ascii: "0"))
        }
        return year >= 1900 && year <= 2100 ? year : nil
    }
}
