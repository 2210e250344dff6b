// Loads the ISO 3166-1 country list (Indicators/iso3166-1.csv) into a CountryCatalog.

import AgileCore

/// Reads `Indicators/iso3166-1.csv` (columns `alpha3,alpha2,numeric,name`, any order) into a
/// ``CountryCatalog``.
///
/// ```swift
/// let countries = try CountryList.load(path: "Indicators/iso3166-1.csv")
/// countries.resolve("DE")?.alpha3 // "DEU"
/// let beside = try CountryList.load(RegistryCompanion(.countryList, of: "study/civic-2025.xml"))
/// ```
///
/// Every row is checked: `alpha3` three capital letters, `alpha2` two, `numeric` three digits,
/// a non-empty `name`, and no code used twice.
public enum CountryList {
    /// The columns of the file.
    public static let columns = ["alpha3", "alpha2", "numeric", "name"]

    static let expectedHeader = "expected the columns alpha3, alpha2, numeric, name"

    /// Loads the list at `path`.
    /// - Throws: ``InputError`` for a malformed file, naming the line, the field and the value.
    public static func load(path: String, limits: CSVLimits = CSVLimits()) throws(InputError) -> CountryCatalog {
        try load(CSVScanner(path: path, limits: limits))
    }

    /// Loads a registry's country list: `iso3166-1.csv` beside it, else the built-in one.
    /// - Throws: as ``load(path:limits:)``, naming the file beside the registry or the built-in copy.
    public static func load(_ companion: RegistryCompanion) throws(InputError) -> CountryCatalog {
        if let path = companion.path { return try load(path: path) }
        return try load(CSVScanner(bytes: companion.file.bytes, name: companion.displayName))
    }

    /// Loads the list at `path` when one is given (`--countries`), else the list of the
    /// registry at `registry`: `iso3166-1.csv` beside it, else the built-in one.
    /// - Throws: as ``load(path:limits:)``.
    public static func load(path: String?, registry: String) throws(InputError) -> CountryCatalog {
        if let path { return try load(path: path) }
        return try load(RegistryCompanion(.countryList, of: registry))
    }

    private static func load(_ scanner: CSVScanner) throws(InputError) -> CountryCatalog {
        let path = scanner.path
        let header = try CSVHeader.read(from: scanner, expected: expectedHeader)
        let positions = try header.positions(of: columns, in: "the country list", expected: expectedHeader)
        scanner.fieldNames = header.names

        var countries: [Country] = []
        var firstLine: [String: Int] = [:]
        while try scanner.nextRow() {
            try header.checkWidth(of: scanner)
            func field(_ column: Int, letters: Int?, digits: Int?, kind: String, expected: String) throws(InputError) -> String {
                let index = positions[column]
                let text = String(Substring(scanner.string(index)).trimmingSpaces())
                let fits: Bool
                if let letters {
                    fits = text.utf8.count == letters && text.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
                } else if let digits {
                    fits = text.utf8.count == digits && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
                } else {
                    fits = !text.isEmpty
                }
                guard fits else {
                    throw InputError(text.isEmpty ? .missingValue : .malformedValue, scanner.location(index), field: header.names[index], value: scanner.string(index),
                                     problem: text.isEmpty ? "is empty" : "is not \(kind)", expected: expected)
                }
                if letters != nil || digits != nil {
                    let key = "\(columns[column]):\(text)"
                    if let first = firstLine[key] {
                        throw InputError(.duplicate, scanner.location(index), field: header.names[index], value: text,
                                         problem: "is used twice", expected: "expected each code once; it is already on line \(first)")
                    }
                    firstLine[key] = scanner.line
                }
                return text
            }
            let alpha3 = try field(0, letters: 3, digits: nil, kind: "an alpha-3 code", expected: "expected three capital letters such as DEU")
            let alpha2 = try field(1, letters: 2, digits: nil, kind: "an alpha-2 code", expected: "expected two capital letters such as DE")
            let numeric = try field(2, letters: nil, digits: 3, kind: "a numeric code", expected: "expected three digits such as 276")
            let name = try field(3, letters: nil, digits: nil, kind: "a name", expected: "expected the country's name")
            countries.append(Country(alpha3: alpha3, alpha2: alpha2, numeric: numeric, name: name))
        }
        guard !countries.isEmpty else {
            throw InputError(.structure, Provenance(file: path, line: header.line), problem: "the list has no countries",
                             expected: "expected one row per ISO 3166-1 country after the header")
        }
        return CountryCatalog(countries)
    }
}
