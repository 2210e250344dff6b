// The country-data formats the toolkit reads, recognised from a file's content.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore

/// A country-data format, recognised from the first bytes of a file (not from its name).
public enum DataFormat: String, CaseIterable, Sendable {
    /// `country,indicator,year,value[,source,note]`
    case longCSV = "csv-long"
    /// `country,year,I01,I02,…` — one row per country.
    case wideCSV = "csv-wide"
    /// The toolkit's XML (`urn:agile-index:data:1`).
    case countryXML = "xml"
    /// World Bank bulk download CSV (`API_<code>_DS2_…csv`).
    case worldBankCSV = "worldbank-csv"
    /// World Bank API XML (`wb:data`).
    case worldBankXML = "worldbank-xml"
    /// COINr `iData` table.
    case coinrData = "coinr-idata"

    /// The reader for this format.
    public var reader: any ObservationReader {
        switch self {
        case .longCSV: LongCSVReader()
        case .wideCSV: WideCSVReader()
        case .countryXML: CountryXMLReader()
        case .worldBankCSV: WorldBankCSVReader()
        case .worldBankXML: WorldBankXMLReader()
        case .coinrData: COINrDataReader()
        }
    }

    /// Recognises the format of the file at `path` from its first bytes. A file that is read
    /// afterwards is better opened once: see ``detect(head:file:)`` with ``InputFile/head(count:)``.
    /// - Throws: ``InputError`` naming what the file looks like when it is not country data.
    public static func detect(path: String) throws(InputError) -> DataFormat {
        let file = try InputFile(path: path)
        return try detect(head: file.head(), file: file.path)
    }

    /// Recognises a format from the first bytes of a file (``InputFile/headSize`` of them, or
    /// the whole file when it is shorter).
    ///
    /// A UTF-16 or UTF-32 file is refused by name; XML is recognised by its root element after a
    /// prolog of up to 64 KiB, which is checked here as the XML readers check it (a DTD or a
    /// longer prolog is refused with their message).
    public static func detect(head: [UInt8], file: String) throws(InputError) -> DataFormat {
        try TextEncoding.refuseUnsupported(head: head, file: file)
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        while let first = bytes.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D {
            bytes = bytes.dropFirst()
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let here = Provenance(file: file, line: 1)
        if text.hasPrefix("<") {
            _ = try XMLProlog.check(head[...], file: file)
            switch rootElement(of: text) {
            case "wb:data": return .worldBankXML
            case "countryData": return .countryXML
            case "framework":
                throw InputError(.unknownFormat, here, problem: "is a framework registry, not country data", expected: "pass it with --framework")
            case let name?:
                throw InputError(.unknownFormat, here, field: "root element", value: name, problem: "is not a known data format",
                                 expected: "expected <countryData> (the toolkit's XML) or <wb:data> (World Bank API XML)")
            case nil:
                throw InputError(.unknownFormat, here, problem: "is XML without a root element in its first \(head.count) bytes")
            }
        }
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") }
        guard let first = lines.first else {
            throw InputError(.structure, here, problem: "is empty", expected: "expected a CSV header or an XML document")
        }
        if first.hasPrefix("\"Data Source\"") || first.hasPrefix("Data Source,") { return .worldBankCSV }
        let header = first.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingSpaces().trimmingQuotes().lowercased()
        }
        let names = Set(header)
        if names.isSuperset(of: ["country code", "indicator code"]) { return .worldBankCSV }
        if names.isSuperset(of: ["country", "indicator", "year", "value"]) { return .longCSV }
        if names.contains("ucode") { return .coinrData }
        if names.isSuperset(of: ["level", "icode"]) {
            throw InputError(.unknownFormat, here, problem: "is a COINr iMeta table (the framework), not data",
                             expected: "ingest the iData table with --coinr-meta pointing at this file")
        }
        if header.first == "country" { return .wideCSV }
        throw InputError(.unknownFormat, here, field: "header", value: String(first),
                         problem: "is not the header of a known data format",
                         expected: "expected country,indicator,year,value (long CSV), country,year,<indicator codes> (wide CSV), a World Bank download, COINr iData, or XML")
    }

    /// Whether the file at `path` is a framework registry (root element `<framework>`). Only a
    /// regular file is looked at: the head of a pipe or of standard input (`-`) would be gone
    /// for the reader that comes next, so such a file is taken for data.
    public static func isRegistry(path: String) -> Bool {
        var info = stat()
        guard path != InputFile.standardInput, stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              let head = try? InputFile.head(of: path) else { return false }
        return rootElement(of: String(decoding: head, as: UTF8.self)) == "framework"
    }

    private static func rootElement(of text: String) -> String? {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("?") || rest.hasPrefix("!") {
                let terminator = rest.hasPrefix("!--") ? "-->" : ">"
                guard let end = rest.range(of: terminator) else { return nil }
                rest = rest[end.upperBound...]
                continue
            }
            let name = rest.prefix { !" \t\r\n/>".contains($0) }
            return name.isEmpty ? nil : String(name)
        }
        return nil
    }
}

extension Substring {
    /// The text without one pair of surrounding double quotes.
    func trimmingQuotes() -> Substring {
        count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? dropFirst().dropLast() : self
    }
}
