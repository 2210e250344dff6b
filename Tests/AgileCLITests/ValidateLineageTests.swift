// `agile validate` on the 2025 registry: its summary and the changes since 2024; a registry whose
// predecessor is not there is refused before anything is printed; data checked against 2025.

import Foundation
import Testing

@Suite struct ValidateLineageTests {
    static let countries2025 = "USA CAN GBR DEU FRA ITA JPN CHN IND BRA RUS ZAF SGP ARE "
        + "ARG AUS CHE CZE DNK EGY ESP FIN IDN IRL ISR KEN KOR MEX MYS NGA NLD NOR NZL PHL POL SAU SWE THA TUR VNM"

    @Test func validatePrintsTheSummaryAndTheChangesSince2024() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile("validate", "Indicators/agile-2025.xml")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        let lines = result.lines
        #expect(lines.first == "Indicators/agile-2025.xml: valid framework 'agile-2025' — AGILE Index 2025, edition 2025, years 2020–2025")
        #expect(lines.dropFirst().first == "  published 2025-07-31 (a reconstructed date: the source gives no exact day)")
        #expect(lines.contains("  4 pillars, 17 dimensions, 43 indicators (0 confirmed, 43 reconstructed)"))
        #expect(lines.contains("  40 countries: \(Self.countries2025)"))
        let changes = try #require(lines.firstIndex { $0.hasPrefix("  changes since") })
        #expect(Array(lines[changes...].prefix(4)) == [
            "  changes since edition 2024 (Indicators/agile-2024.xml): 36 continued, 2 revised, 1 dropped, 5 new; D10 + D11 merged into D19",
            "    revised: I41 (revises I09), I42 (revises I29)",
            "    dropped: I10 (Year-on-year growth of small incident counts is volatile and follows media coverage more than risk; risk exposure is measured by the incident rate (I41) alone.)",
            "    new: I47, I46, I43, I45, I44",
        ])
    }

    @Test func the2024RegistryShowsItsDateAndNoChanges() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile("validate", "Indicators/agile-2024.xml")
        #expect(result.status == 0, "\(result)")
        #expect(result.lines.dropFirst().first == "  published 2025-02-10 (a reconstructed date: the source gives no exact day)")
        #expect(!result.stdout.contains("changes since"))
    }

    /// Copied alone into a folder, the 2025 registry has no predecessor beside it: refused, with
    /// the place it looked, and nothing printed on standard output.
    @Test func aPredecessorThatIsNotThereIsAnError() throws {
        let folder = try TemporaryFolder()
        try StandaloneRegistryTests.copy("Indicators/agile-2025.xml", to: "agile-2025.xml", in: folder)
        let result = try StandaloneRegistryTests.agile(folder, "validate", "agile-2025.xml")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty)
        let line = try #require(try String(contentsOfFile: folder.path("agile-2025.xml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("<lineage predecessor=") }) + 1
        #expect(result.stderr == "Error: agile-2025.xml:\(line): predecessor 'agile-2024.xml' is not there: expected the registry of the previous edition at agile-2024.xml\n")
        // With the predecessor beside it, the same folder validates.
        try StandaloneRegistryTests.copy("Indicators/agile-2024.xml", to: "agile-2024.xml", in: folder)
        let again = try StandaloneRegistryTests.agile(folder, "validate", "agile-2025.xml")
        #expect(again.status == 0, "\(again)")
        #expect(again.lines.contains { $0.hasPrefix("  changes since edition 2024 (agile-2024.xml): 36 continued, 2 revised, 1 dropped, 5 new") })
    }

    /// Data files are checked against the 2025 registry: its newcomers and new indicators are
    /// accepted, the dropped I10 is not.
    @Test func dataAreCheckedAgainstThe2025Registry() throws {
        let folder = try TemporaryFolder()
        let good = folder.path("good.csv"), dropped = folder.path("dropped.csv")
        try "country,indicator,year,value\nKEN,I43,2025,1\nVNM,I44,2025,3\nNGA,I41,2024,0.5\nUSA,I01,2023,50000\n".write(toFile: good, atomically: true, encoding: .utf8)
        try "country,indicator,year,value\nUSA,I10,2023,12\n".write(toFile: dropped, atomically: true, encoding: .utf8)
        let result = try folder.agile("validate", "Indicators/agile-2025.xml", good, dropped)
        #expect(result.status == 1, "\(result)")
        #expect(result.lines.contains("ok    \(good) (csv-long): 4 values"))
        #expect(result.lines.contains("FAIL  \(dropped)"))
        #expect(result.stderr == "error: \(dropped):2:5: field 'indicator': \"I10\" is not an indicator of framework 'agile-2025' (expected an id such as I01)\n", "\(result)")
    }
}
