// Generates large, valid data files for the ingest benchmark (deterministic).

import AgileCore
import Foundation

/// Writers of benchmark inputs: every value lies on its indicator's scale, every
/// (country, indicator, year) appears once, so the whole file ingests.
enum BenchmarkData {
    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    }

    /// A value on the indicator's scale, as text.
    static func value(for indicator: Indicator, _ random: inout Generator) -> String {
        let scale = indicator.scale
        let low = scale.minimum ?? 0
        let high = scale.maximum ?? 10_000
        if scale.integer {
            return String(Int(low) + Int(random.next() % UInt64(high - low + 1)))
        }
        return String(format: "%.4f", low + random.unit() * (high - low))
    }

    /// Keys in a fixed order: year (newest first) × country × indicator.
    static func keys(framework: Framework, countries: CountryCatalog) -> some Sequence<(String, Indicator, Int)> {
        let codes = countries.countries.map(\.alpha3)
        return (1900...2100).reversed().lazy.flatMap { year in
            codes.lazy.flatMap { country in framework.indicators.lazy.map { (country, $0, year) } }
        }
    }

    static func writeLongCSV(path: String, megabytes: Int, framework: Framework, countries: CountryCatalog) throws -> Int {
        var random = Generator(state: 2024)
        var text = "country,indicator,year,value,source,note\n"
        text.reserveCapacity(megabytes * 1_000_000 + 1000)
        var rows = 0
        for (country, indicator, year) in keys(framework: framework, countries: countries) {
            if text.utf8.count >= megabytes * 1_000_000 { break }
            text += "\(country),\(indicator.id),\(year),\(value(for: indicator, &random)),bench,\n"
            rows += 1
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return rows
    }

    static func writeXML(path: String, megabytes: Int, framework: Framework, countries: CountryCatalog) throws -> Int {
        var random = Generator(state: 2025)
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<countryData xmlns=\"urn:agile-index:data:1\" framework=\"agile-2024\" illustrative=\"true\">\n"
        text.reserveCapacity(megabytes * 1_000_000 + 1000)
        var rows = 0
        outer: for country in countries.countries.map(\.alpha3) {
            text += "  <country code=\"\(country)\">\n"
            for year in (1900...2100).reversed() {
                for indicator in framework.indicators {
                    if text.utf8.count >= megabytes * 1_000_000 {
                        text += "  </country>\n"
                        break outer
                    }
                    text += "    <obs indicator=\"\(indicator.id)\" year=\"\(year)\" value=\"\(value(for: indicator, &random))\" source=\"bench\"/>\n"
                    rows += 1
                }
            }
            text += "  </country>\n"
        }
        text += "</countryData>\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return rows
    }
}
