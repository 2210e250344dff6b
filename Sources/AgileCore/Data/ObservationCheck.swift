// Turns the text fields of one data row into a checked Observation, or a precise InputError.

/// A field as a reader found it: its text, its name in the input and where it stands.
public struct RawField: Sendable {
    public var text: Substring
    /// The column header, attribute or element name, used in error messages.
    public var name: String
    public var location: Provenance

    public init(_ text: Substring, name: String, location: Provenance) {
        self.text = text
        self.name = name
        self.location = location
    }

    public init(_ text: String, name: String, location: Provenance) {
        self.init(Substring(text), name: name, location: location)
    }
}

/// Checks rows of country data against a framework and the ISO country list.
///
/// Every reader hands its fields to the same check, so every format reports the same errors:
///
/// ```
/// data.csv:7:12: field 'value': "104" is above the scale (indicator I14 expects a percent 0–100)
/// data.csv:9:1: field 'country': "XXX" is not an ISO 3166-1 country code (expected alpha-3 such as DEU, or alpha-2 such as DE)
/// ```
public struct ObservationCheck: Sendable {
    public let framework: Framework
    public let countries: CountryCatalog
    /// The bounds each data code accepts, kept flat: checking a value copies no `Indicator`.
    let rules: [String: ValueRule]

    /// The bounds of one data code.
    struct ValueRule {
        var minimum: Double
        var maximum: Double
        var integer: Bool

        /// Whether `number` lies within the bounds (and is whole where it must be).
        @inline(__always)
        func admits(_ number: Double) -> Bool {
            !(number < minimum || number > maximum || (integer && !Self.isWhole(number)))
        }

        /// Whether `number.rounded() == number`, without a call into the maths library for the
        /// common case: below 2⁵² in magnitude, truncating to an integer is exact.
        @inline(__always)
        static func isWhole(_ number: Double) -> Bool {
            guard number.magnitude < 0x1p52 else { return number.rounded() == number }
            return Double(Int64(number)) == number
        }
    }

    public init(framework: Framework, countries: CountryCatalog) {
        self.framework = framework
        self.countries = countries
        var rules: [String: ValueRule] = [:]
        for denominator in framework.denominators {
            rules[denominator.id] = ValueRule(minimum: -.infinity, maximum: .infinity, integer: false)
        }
        for indicator in framework.indicators {
            rules[indicator.id] = ValueRule(
                minimum: indicator.scale.minimum ?? -.infinity, maximum: indicator.scale.maximum ?? .infinity,
                integer: indicator.scale.integer)
        }
        self.rules = rules
    }

    /// The ISO alpha-3 code for a country field (alpha-2 is mapped).
    public func country(_ field: RawField) throws(InputError) -> String {
        let code = field.text.trimmingSpaces()
        guard let country = countries.alpha3(for: String(code)) else {
            throw InputError(code.isEmpty ? .missingValue : .unknownCode, field.location, field: field.name, value: String(field.text),
                             problem: code.isEmpty ? "is empty" : "is not an ISO 3166-1 country code",
                             expected: "expected alpha-3 such as DEU, or alpha-2 such as DE")
        }
        return country
    }

    /// The framework code for an indicator field (an indicator or a denominator).
    public func indicatorCode(_ field: RawField) throws(InputError) -> String {
        let code = String(field.text.trimmingSpaces())
        guard rules[code] != nil else {
            throw InputError(code.isEmpty ? .missingValue : .unknownCode, field.location, field: field.name, value: String(field.text),
                             problem: code.isEmpty ? "is empty" : "is not an indicator of framework '\(framework.id)'",
                             expected: "expected an id such as \(framework.indicators.first?.id ?? "I01")")
        }
        return code
    }

    /// A year between 1900 and 2100.
    public func year(_ field: RawField) throws(InputError) -> Int {
        let text = field.text.trimmingSpaces()
        guard let year = Int(text), year >= 1900, year <= 2100, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw InputError(ObservationCheck.yearKind(text), field.location, field: field.name, value: String(field.text),
                             problem: "is not a year", expected: "expected a four-digit year 1900–2100")
        }
        return year
    }

    /// The kind of a refused year (`text` trimmed): empty is ``InputError/Kind/missingValue``,
    /// digits outside 1900–2100 ``InputError/Kind/outOfRange``, anything else (letters, a sign,
    /// a fraction) ``InputError/Kind/malformedValue``.
    public static func yearKind(_ text: Substring) -> InputError.Kind {
        if text.isEmpty { return .missingValue }
        return text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) ? .outOfRange : .malformedValue
    }

    /// The value of `indicator`: `nil` for an explicitly missing value (empty or one of
    /// `missingMarkers`), otherwise a finite decimal number on the indicator's scale.
    public func value(_ field: RawField, indicator code: String, missingMarkers: Set<String> = []) throws(InputError) -> Double? {
        let text = field.text.trimmingSpaces()
        if text.isEmpty || missingMarkers.contains(String(text)) { return nil }
        // Built only for an error: it is the costly part of checking a good value.
        var expectation: String {
            framework.indicator(code).map { "indicator \($0.id) expects \($0.expectation)" } ?? "denominator \(code) expects a number"
        }
        guard let number = DecimalNumber.parse(text) else {
            throw InputError(.notANumber, field.location, field: field.name, value: String(field.text),
                             problem: "is not a number", expected: expectation)
        }
        if !number.isFinite {
            throw InputError(.notANumber, field.location, field: field.name, value: String(field.text),
                             problem: "is not a finite number", expected: expectation)
        }
        if let rule = rules[code], !rule.admits(number),
           let refusal = framework.indicator(code)?.refusal(of: number) {
            throw InputError(refusal.kind, field.location, field: field.name, value: String(field.text),
                             problem: refusal.problem, expected: expectation)
        }
        return number
    }

    /// A whole row checked at once.
    public func observation(
        country: RawField, indicator: RawField, year: RawField, value: RawField,
        source: String = "", note: String = "", missingMarkers: Set<String> = []
    ) throws(InputError) -> Observation {
        let countryCode = try self.country(country)
        let indicatorCode = try self.indicatorCode(indicator)
        let yearNumber = try self.year(year)
        let number = try self.value(value, indicator: indicatorCode, missingMarkers: missingMarkers)
        return Observation(
            country: countryCode, indicator: indicatorCode, year: yearNumber, value: number,
            source: source, note: note, provenance: value.location)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes without leading and trailing spaces and tabs (the bytes of
    /// ``Swift/Substring/trimmingSpaces()`` on the same text). Inlinable: readers call it on
    /// every field.
    @inlinable
    public func trimmingSpaces() -> UnsafeBufferPointer<UInt8> {
        guard let base = baseAddress else { return self }
        var start = 0, end = count
        while start < end, base[start] == 0x20 || base[start] == 0x09 { start += 1 }
        while end > start, base[end - 1] == 0x20 || base[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    public func trimmingSpaces() -> Substring {
        // Byte-wise: space and tab are single UTF-8 bytes, and this runs for every field read.
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start {
            let last = bytes.index(before: end)
            guard bytes[last] == 0x20 || bytes[last] == 0x09 else { break }
            end = last
        }
        return self[start..<end]
    }
}
