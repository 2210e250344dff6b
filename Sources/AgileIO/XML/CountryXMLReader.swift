// Reads the toolkit's XML country-data format (Indicators/country-data.xsd), streaming.

import AgileCore

/// Reads `<countryData xmlns="urn:agile-index:data:1">` files:
///
/// ```xml
/// <countryData framework="agile-2024" illustrative="true">
///   <note>Sample values, not official data.</note>
///   <country code="USA">
///     <obs indicator="I16" year="2023" value="3" source="OECD.AI" note="…"/>
///   </country>
/// </countryData>
/// ```
///
/// An empty `value` is an explicitly missing value. The structure is checked as the schema
/// declares it, element by element, so an error names the line it is on.
public struct CountryXMLReader: ObservationReader {
    /// The namespace of the format.
    public static let namespace = "urn:agile-index:data:1"

    public init() {}

    public func read(
        path: String, check: ObservationCheck, into consume: (Observation) throws -> Void
    ) throws -> ReadSummary {
        try withoutActuallyEscaping(consume) { consume in
            let handler = CountryXMLHandler(check: check, consume: consume)
            let parser = XMLStreamParser(file: path, handler: handler)
            do {
                try parser.parse()
            } catch {
                throw handler.consumerError ?? error
            }
            return handler.summary
        }
    }
}

/// The event handler behind ``CountryXMLReader``: a small state machine over the elements.
private final class CountryXMLHandler: XMLStreamHandler {
    enum Place { case start, root, note, country, obs, end }

    let check: ObservationCheck
    let consume: (Observation) throws -> Void
    var summary = ReadSummary()
    var place = Place.start
    var country: String?
    var sawCountry = false
    /// An error thrown by the consumer (e.g. the store), passed through unchanged.
    var consumerError: (any Error)?

    init(check: ObservationCheck, consume: @escaping (Observation) throws -> Void) {
        self.check = check
        self.consume = consume
    }

    func startElement(_ name: String, namespace: String?, attributes: [XMLAttribute], at location: Provenance) throws(InputError) {
        guard namespace == CountryXMLReader.namespace else {
            throw InputError(location, field: name, problem: "is not in the namespace \(CountryXMLReader.namespace)",
                             expected: "expected <countryData xmlns=\"\(CountryXMLReader.namespace)\">")
        }
        switch (place, name) {
        case (.start, "countryData"):
            try allow(attributes, ["framework", "illustrative"], element: name, at: location)
            if let flag = attributes.first(where: { $0.name == "illustrative" })?.value {
                guard flag == "true" || flag == "false" || flag == "1" || flag == "0" else {
                    throw InputError(location, field: "illustrative", value: flag, problem: "is not a boolean", expected: "expected true or false")
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
                throw InputError(location, field: "country", problem: "has no code attribute", expected: "expected <country code=\"USA\">")
            }
            country = try check.country(RawField(code.value, name: "code", location: location))
            sawCountry = true
            place = .country
        case (.country, "obs"):
            try allow(attributes, ["indicator", "year", "value", "source", "note"], element: name, at: location)
            func field(_ key: String) throws(InputError) -> RawField {
                guard let attribute = attributes.first(where: { $0.name == key }) else {
                    throw InputError(location, field: "obs", problem: "has no \(key) attribute",
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
                throw InputError(location, problem: "could not be stored")
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
            throw InputError(location, field: name, problem: "is not allowed here", expected: expected)
        }
    }

    func endElement(_ name: String, at location: Provenance) throws(InputError) {
        switch place {
        case .obs: place = .country
        case .country: place = .root
        case .note: place = .root
        case .root: place = .end
        case .start, .end: break
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {}

    private func allow(_ attributes: [XMLAttribute], _ names: Set<String>, element: String, at location: Provenance) throws(InputError) {
        for attribute in attributes where !names.contains(attribute.name) {
            throw InputError(location, field: attribute.name, value: attribute.value,
                             problem: "is not an attribute of <\(element)>",
                             expected: names.isEmpty ? "expected no attributes" : "expected \(names.sorted().joined(separator: ", "))")
        }
    }
}
