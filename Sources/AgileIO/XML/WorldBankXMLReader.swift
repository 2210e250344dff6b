// Reads World Bank API XML (`wb:data` records), mapping indicator codes through the registry.

import AgileCore

/// Reads the XML the World Bank API returns for an indicator query:
///
/// ```xml
/// <wb:data page="1" pages="1" per_page="1000" total="2" lastupdated="2024-09-26" xmlns:wb="http://www.worldbank.org">
///   <wb:data>
///     <wb:indicator id="GE.EST">Government Effectiveness: Estimate</wb:indicator>
///     <wb:country id="US">United States</wb:country>
///     <wb:countryiso3code>USA</wb:countryiso3code>
///     <wb:date>2023</wb:date>
///     <wb:value>1.27</wb:value>
///     …
///   </wb:data>
/// </wb:data>
/// ```
///
/// Indicator codes are mapped to the framework's through its `worldbank` source codes; records
/// of aggregates (World, EU, income groups) are skipped and counted; an empty value is missing
/// and skipped. The root's `lastupdated` date is the vintage of the file's values.
public struct WorldBankXMLReader: ObservationReader {
    /// The namespace of the World Bank API.
    public static let namespace = "http://www.worldbank.org"

    public init() {}

    public func read(
        file: InputFile, check: ObservationCheck, into consume: (Observation) throws -> Void
    ) throws -> ReadSummary {
        try withoutActuallyEscaping(consume) { consume in
            let handler = WorldBankXMLHandler(check: check, consume: consume)
            _ = try handler.read(file)
            handler.summary.warnings += handler.unknownCountries.sorted { $0.key < $1.key }.map {
                "skipped \($0.value) record(s) of '\($0.key)': a World Bank code that is not an ISO 3166-1 country"
            }
            return handler.summary
        }
    }
}

/// The event handler behind ``WorldBankXMLReader``.
private final class WorldBankXMLHandler: ObservationXMLHandler {
    /// One `wb:data` record being read.
    struct Record {
        var start: Provenance
        var indicator: (code: String, location: Provenance)?
        var countryID = ""
        var iso3 = ""
        var date: (text: String, location: Provenance)?
        var value: (text: String, location: Provenance)?
    }

    let check: ObservationCheck
    let consume: (Observation) throws -> Void
    var summary = ReadSummary()
    var unknownCountries: [String: Int] = [:]
    var consumerError: (any Error)?
    var depth = 0
    var record: Record?
    var leaf: String?
    var text: [UInt8] = []

    init(check: ObservationCheck, consume: @escaping (Observation) throws -> Void) {
        self.check = check
        self.consume = consume
    }

    func startElement(_ tag: XMLTag) throws(InputError) {
        try start(tag.name, namespace: tag.namespace, attributes: tag.attributes, at: tag.location)
    }

    func endElement(_ tag: XMLTag) throws(InputError) {
        try end(at: tag.location)
    }

    private func start(_ name: String, namespace: String?, attributes: [XMLAttribute], at location: Provenance) throws(InputError) {
        depth += 1
        guard namespace == WorldBankXMLReader.namespace else {
            throw InputError(.structure, location, field: name, problem: "is not in the World Bank namespace",
                             expected: "expected <wb:data xmlns:wb=\"\(WorldBankXMLReader.namespace)\">")
        }
        switch depth {
        case 1:
            guard name == "data" else {
                throw InputError(.structure, location, field: "wb:\(name)", problem: "is not a World Bank data root",
                                 expected: "expected <wb:data>; an API error response (<wb:error>) holds no data")
            }
            if let updated = attributes.first(where: { $0.name == "lastupdated" }) {
                summary.vintage = try DeclaredVintage.date(updated.value, field: "lastupdated", at: location)
            }
        case 2:
            guard name == "data" else {
                throw InputError(.structure, location, field: "wb:\(name)", problem: "is not allowed here", expected: "expected <wb:data> records")
            }
            record = Record(start: location)
        case 3:
            leaf = name
            text.removeAll(keepingCapacity: true)
            if name == "indicator" {
                record?.indicator = (attributes.first { $0.name == "id" }?.value ?? "", location)
            } else if name == "country" {
                record?.countryID = attributes.first { $0.name == "id" }?.value ?? ""
            }
        default:
            throw InputError(.structure, location, field: "wb:\(name)", problem: "is not allowed here", expected: "expected the fields of a <wb:data> record")
        }
    }

    private func end(at location: Provenance) throws(InputError) {
        defer { depth -= 1 }
        if depth == 3, let leaf {
            let value = String(decoding: text, as: UTF8.self)
            try ControlCharacters.check(value, field: "wb:\(leaf)", at: location)
            switch leaf {
            case "countryiso3code": record?.iso3 = value
            case "date": record?.date = (value, location)
            case "value": record?.value = (value, location)
            default: break
            }
            self.leaf = nil
        } else if depth == 2, let finished = record {
            try emit(finished, end: location)
            record = nil
        }
    }

    var receivesCharacters: Bool { true }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if leaf != nil { text.append(contentsOf: bytes) }
    }

    private func emit(_ record: Record, end: Provenance) throws(InputError) {
        guard let indicator = record.indicator, !indicator.code.isEmpty else {
            throw InputError(.structure, record.start, field: "wb:indicator", problem: "is missing from this record", expected: "expected <wb:indicator id=\"…\">")
        }
        guard let code = check.framework.code(forSourceCode: indicator.code, system: "worldbank") else {
            throw InputError(.unknownCode, indicator.location, field: "wb:indicator", value: indicator.code,
                             problem: "is not mapped to an indicator of framework '\(check.framework.id)'",
                             expected: "declare <code system=\"worldbank\">\(indicator.code)</code> on the indicator it measures")
        }
        let countryCode = record.iso3.isEmpty ? record.countryID : record.iso3
        if WorldBankAggregates.contains(countryCode) || WorldBankAggregates.contains(record.countryID) {
            summary.skippedAggregates[countryCode, default: 0] += 1
            return
        }
        guard let date = record.date else {
            throw InputError(.structure, record.start, field: "wb:date", problem: "is missing from this record", expected: "expected <wb:date>YEAR</wb:date>")
        }
        guard let value = record.value, !value.text.trimmingCharacters(in: " \n\t\r").isEmpty else { return }
        guard let country = check.countries.resolve(countryCode) else {
            unknownCountries[countryCode, default: 0] += 1
            return
        }
        let year = try check.year(RawField(date.text, name: "wb:date", location: date.location))
        let number = try check.value(RawField(value.text, name: "wb:value", location: value.location), indicator: code)
        let observation = Observation(
            country: country.alpha3, indicator: code, year: year, value: number,
            source: "World Bank \(indicator.code)", provenance: value.location)
        do {
            try consume(observation)
        } catch {
            consumerError = error
            throw XMLStreamParser.stopped(by: error, at: value.location)
        }
        summary.observations += 1
    }
}
