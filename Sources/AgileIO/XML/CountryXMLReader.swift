// Reads the toolkit's XML country-data format (Indicators/country-data.xsd), streaming.

import AgileCore

/// Reads `<countryData xmlns="urn:agile-index:data:1">` files:
///
/// ```xml
/// <countryData framework="agile-2024" illustrative="true" vintage="2024-05-01">
///   <note>Sample values, not official data.</note>
///   <country code="USA">
///     <obs indicator="I16" year="2023" value="3" source="OECD.AI" note="…"/>
///   </country>
/// </countryData>
/// ```
///
/// An empty `value` is an explicitly missing value; `vintage` (YYYY-MM-DD) dates the file's
/// values. The structure is checked as the schema
/// declares it, element by element, so an error names the line it is on.
public struct CountryXMLReader: ObservationReader {
    /// The namespace of the format.
    public static let namespace = namespaceText.description
    /// The namespace as a literal, for comparing with libxml2's bytes.
    static let namespaceText: StaticString = "urn:agile-index:data:1"

    public init() {}

    public func read(
        file: InputFile, check: ObservationCheck, into consume: (Observation) throws -> Void
    ) throws -> ReadSummary {
        try withoutActuallyEscaping(consume) { consume in
            try CountryXMLHandler(check: check, consume: consume).read(file)
        }
    }
}

/// The event handler behind ``CountryXMLReader``: a small state machine over the elements.
///
/// An `<obs>` is read straight from libxml2's bytes through ``ObservationByteCheck``; any element
/// that does not pass that way (another element, an `<obs>` with a problem) goes through the
/// checks of ``start(_:namespace:attributes:at:)``, which give the precise error.
private final class CountryXMLHandler: ObservationXMLHandler {
    enum Place { case start, root, note, country, obs, end }

    let check: ObservationCheck
    let consume: (Observation) throws -> Void
    // The state touched on every element is accessed only by this handler's own methods, one
    // at a time, so it goes without the run-time exclusivity checks of class properties.
    @exclusivity(unchecked) var summary = ReadSummary()
    @exclusivity(unchecked) var place = Place.start
    @exclusivity(unchecked) var country: String?
    var sawCountry = false
    /// An error thrown by the consumer (e.g. the store), passed through unchanged.
    var consumerError: (any Error)?
    @exclusivity(unchecked) var fast: ObservationByteCheck
    @exclusivity(unchecked) var sources = RecentString()
    @exclusivity(unchecked) var notes = RecentString()

    init(check: ObservationCheck, consume: @escaping (Observation) throws -> Void) {
        self.check = check
        self.consume = consume
        fast = ObservationByteCheck(check)
    }

    func startElement(_ tag: XMLTag) throws(InputError) {
        if place == .country, tag.isNamed("obs"), tag.isInNamespace(CountryXMLReader.namespaceText), try observe(tag) {
            place = .obs
            return
        }
        try start(tag.name, namespace: tag.namespace, attributes: tag.attributes, at: tag.location)
    }

    /// Checks and passes on the observation of an `<obs>` from its attributes' bytes.
    /// - Returns: `false`, having passed nothing on, when the element does not pass.
    private func observe(_ tag: XMLTag) throws(InputError) -> Bool {
        var indicator = -1, year = -1, value = -1, source = -1, note = -1
        for index in 0..<tag.attributeCount {
            // Told apart by the first letter, then compared whole. The first of two attributes
            // with the same local name counts, as in `start`.
            let name = tag.attributeName(index)
            switch name[0] {
            case UInt8(ascii: "i") where XMLTag.spells(name, "indicator"):
                if indicator < 0 { indicator = index }
            case UInt8(ascii: "y") where XMLTag.spells(name, "year"):
                if year < 0 { year = index }
            case UInt8(ascii: "v") where XMLTag.spells(name, "value"):
                if value < 0 { value = index }
            case UInt8(ascii: "s") where XMLTag.spells(name, "source"):
                if source < 0 { source = index }
            case UInt8(ascii: "n") where XMLTag.spells(name, "note"):
                if note < 0 { note = index }
            default:
                return false
            }
        }
        guard let country, indicator >= 0, year >= 0, value >= 0 else { return false }
        let indicatorBytes = tag.valueBytes(indicator), yearBytes = tag.valueBytes(year), valueBytes = tag.valueBytes(value)
        // An `&` arrives as `&#38;`: such a value is left to `start`, which undoes it.
        let ampersand = UInt8(ascii: "&")
        if indicatorBytes.contains(ampersand) || yearBytes.contains(ampersand) || valueBytes.contains(ampersand) { return false }
        let sourceText = source < 0 ? "" : text(of: tag, source, reusing: &sources)
        let noteText = note < 0 ? "" : text(of: tag, note, reusing: &notes)
        do {
            let passed = try fast.observation(
                country: country, indicator: indicatorBytes, year: yearBytes, value: valueBytes,
                source: sourceText, note: noteText, provenance: tag.location, into: consume)
            guard passed else { return false }
        } catch {
            consumerError = error
            throw XMLStreamParser.stopped(by: error, at: tag.location)
        }
        summary.observations += 1
        return true
    }

    /// The value of attribute `index`, made once while it repeats from element to element.
    private func text(of tag: XMLTag, _ index: Int, reusing recent: inout RecentString) -> String {
        let bytes = tag.valueBytes(index)
        return bytes.contains(UInt8(ascii: "&")) ? tag.value(index) : recent.string(bytes)
    }

    private func start(_ name: String, namespace: String?, attributes: [XMLAttribute], at location: Provenance) throws(InputError) {
        guard namespace == CountryXMLReader.namespace else {
            throw InputError(.structure, location, field: name, problem: "is not in the namespace \(CountryXMLReader.namespace)",
                             expected: "expected <countryData xmlns=\"\(CountryXMLReader.namespace)\">")
        }
        switch (place, name) {
        case (.start, "countryData"):
            try allow(attributes, ["framework", "illustrative", "vintage"], element: name, at: location)
            if let vintage = attributes.first(where: { $0.name == "vintage" }) {
                summary.vintage = try DeclaredVintage.date(vintage.value, field: "vintage", at: location)
            }
            if let flag = attributes.first(where: { $0.name == "illustrative" })?.value {
                guard flag == "true" || flag == "false" || flag == "1" || flag == "0" else {
                    throw InputError(.malformedValue, location, field: "illustrative", value: flag, problem: "is not a boolean", expected: "expected true or false")
                }
                summary.illustrative = flag == "true" || flag == "1"
            }
            place = .root
        case (.root, "note") where !sawCountry:
            try allow(attributes, [], element: name, at: location)
            place = .note
        case (.root, "country"):
            try allow(attributes, ["code"], element: name, at: location)
            guard let code = attributes.first(where: { $0.name == "code" }) else {
                throw InputError(.structure, location, field: "country", problem: "has no code attribute", expected: "expected <country code=\"USA\">")
            }
            country = try check.country(RawField(code.value, name: "code", location: location))
            sawCountry = true
            place = .country
        case (.country, "obs"):
            try allow(attributes, ["indicator", "year", "value", "source", "note"], element: name, at: location)
            func field(_ key: String) throws(InputError) -> RawField {
                guard let attribute = attributes.first(where: { $0.name == key }) else {
                    throw InputError(.structure, location, field: "obs", problem: "has no \(key) attribute",
                                     expected: "expected <obs indicator=\"I01\" year=\"2023\" value=\"…\"/>")
                }
                return RawField(attribute.value, name: key, location: location)
            }
            let indicator = try check.indicatorCode(try field("indicator"))
            let year = try check.year(try field("year"))
            let value = try check.value(try field("value"), indicator: indicator)
            let observation = Observation(
                country: country!, indicator: indicator, year: year, value: value,
                source: attributes.first(where: { $0.name == "source" })?.value ?? "",
                note: attributes.first(where: { $0.name == "note" })?.value ?? "",
                provenance: location)
            do {
                try consume(observation)
            } catch {
                consumerError = error
                throw XMLStreamParser.stopped(by: error, at: location)
            }
            summary.observations += 1
            place = .obs
        default:
            let expected: String
            switch place {
            case .start: expected = "expected the root element <countryData>"
            case .root: expected = sawCountry ? "expected <country>" : "expected <note> or <country>"
            case .country: expected = "expected <obs> inside <country>"
            case .note, .obs: expected = "expected no child element here"
            case .end: expected = "expected nothing after </countryData>"
            }
            throw InputError(.structure, location, field: name, problem: "is not allowed here", expected: expected)
        }
    }

    func endElement(_ tag: XMLTag) throws(InputError) {
        switch place {
        case .obs: place = .country
        case .country: place = .root
        case .note: place = .root
        case .root: place = .end
        case .start, .end: break
        }
    }

    /// Text is not part of the format's data (a `<note>`'s text is not kept).
    var receivesCharacters: Bool { false }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {}

    private func allow(_ attributes: [XMLAttribute], _ names: Set<String>, element: String, at location: Provenance) throws(InputError) {
        for attribute in attributes where !names.contains(attribute.name) {
            throw InputError(.structure, location, field: attribute.name, value: attribute.value,
                             problem: "is not an attribute of <\(element)>",
                             expected: names.isEmpty ? "expected no attributes" : "expected \(names.sorted().joined(separator: ", "))")
        }
    }
}
