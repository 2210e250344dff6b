// Writes large, valid long-CSV files for the hardening tests (deterministic values).

import AgileCore
import AgileIO
import Foundation

/// Long-CSV files whose every value lies on its indicator's scale in `Indicators/agile-2024.xml`,
/// so the whole file ingests.
enum LongCSVData {
    /// The registry and country list of the package.
    static func workspace() throws -> Workspace {
        let root = CLI.packageRoot.path
        return try Workspace(framework: "\(root)/Indicators/agile-2024.xml", countries: "\(root)/Indicators/iso3166-1.csv", coinrMeta: nil)
    }

    /// Writes `rows` rows to `path`, skipping the first `skip` keys; `seed` changes the values.
    ///
    /// Keys run year (2100 down) × country × indicator, so two files with the same `skip` and
    /// `rows` hold the same keys, and different seeds give them different values.
    /// - Parameter countries: only these countries (all of the catalog when `nil`).
    static func write(path: String, rows: Int, skip: Int = 0, seed: UInt64, countries: [String]? = nil) throws {
        let workspace = try workspace()
        let framework = workspace.framework
        let codes = countries ?? workspace.countries.countries.map(\.alpha3)
        var state = seed
        var text = "country,indicator,year,value,source,note\n"
        text.reserveCapacity(rows * 40 + 64)
        var index = 0
        outer: for year in (1900...2100).reversed() {
            for country in codes {
                for indicator in framework.indicators {
                    defer { index += 1 }
                    if index < skip { continue }
                    if index >= skip + rows { break outer }
                    text += "\(country),\(indicator.id),\(year),\(value(for: indicator, &state)),test,\n"
                }
            }
        }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// A value on the indicator's scale (SplitMix64 steps of `state`), as text.
    private static func value(for indicator: Indicator, _ state: inout UInt64) -> String {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        let scale = indicator.scale
        let low = scale.minimum ?? 0
        let high = scale.maximum ?? 10_000
        if scale.integer { return String(Int(low) + Int(z % UInt64(high - low + 1))) }
        return String(format: "%.4f", low + Double(z >> 11) / Double(1 << 53) * (high - low))
    }
}
