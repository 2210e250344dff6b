// `agile compare --editions`: the decomposed change of Tests/Fixtures/editions as CSV and JSON,
// and its refusals.

import Foundation
import Testing

@Suite struct CompareEditionsCommandTests {
    static let folder = "Tests/Fixtures/editions"

    /// A store of the fixture files (README.md there), and the options that compare them.
    static func store() throws -> (TemporaryFolder, [String]) {
        let folder = try TemporaryFolder()
        #expect(try folder.agile("ingest", "--db", folder.db, "--framework", "\(Self.folder)/agile-2024.xml", "\(Self.folder)/published-2024.csv").status == 0)
        #expect(try folder.agile(["ingest", "--db", folder.db, "--framework", "\(Self.folder)/agile-2025.xml"]
            + ["new-source-2024.csv", "data-2025.csv", "revision.csv"].map { "\(Self.folder)/\($0)" }).status == 0)
        return (folder, ["compare", "--db", folder.db, "--framework", "\(Self.folder)/agile-2024.xml", "--editions", "2024", "2025"])
    }

    /// The CSV: README.md's numbers for the index, KEN new with its data effect alone, and the
    /// notes on standard error only as cautions (none: the fixtures are not illustrative).
    @Test func csvHoldsTheDecompositionOfEveryCountry() throws {
        let (folder, options) = try Self.store()
        let result = try folder.agile(options + ["--format", "csv"])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.lines == [
            "country,country_name,node,score_2024,score_2025,total,data_effect,framework_effect,field_effect,rank_2024,rank_2025,rank_total,rank_data_effect,rank_framework_effect,rank_field_effect,rank_2025_of_all,score_2024_data_2025_framework,score_2024_data_2025_framework_2024_countries,missing_in_2024_data,note",
            "USA,United States,TINY,43.75,87.50,43.75,12.50,31.25,0.00,2,1,1,0,1,0,1,75,75,1,",
            "FRA,France,TINY,75.00,68.75,-6.25,8.75,-25.00,10.00,1,2,-1,0,-1,0,2,60,50,1,",
            "DEU,Germany,TINY,12.50,56.25,43.75,13.75,25.00,5.00,4,3,1,0,1,0,3,42.5,37.5,1,",
            "JPN,Japan,TINY,37.50,18.75,-18.75,-1.25,-25.00,7.50,3,4,-1,0,-1,0,4,20,12.5,1,",
            "KEN,Kenya,TINY,,18.75,,18.75,,,,,,,,,4,0,,2,new in this edition",
            "",
        ])
    }

    /// JSON: one country at every level, full precision, the notes naming the vintages, the
    /// newcomer and the missing values.
    @Test func jsonOfOneCountryAtEveryLevel() throws {
        let (folder, options) = try Self.store()
        let result = try folder.agile(options + ["--format", "json", "--country", "DEU", "--level", "all"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let rows = document["rows"] as! [[String: Any]]
        #expect(rows.map { $0["node"] as! String } == ["TINY", "P1", "P2"])
        #expect(rows.map { $0["data_effect"] as! Double } == [13.75, 2.5, 25])
        #expect(rows.map { $0["framework_effect"] as! Double } == [25, 25, 25])
        #expect(rows.map { $0["field_effect"] as! Double } == [5, 10, 0])
        let notes = document["notes"] as! [String]
        #expect(notes.contains("2025: values as published on 2025-07-31, years 2021–2025, 5 countries; 2024: values as published on 2025-02-10, years 2020–2024, 4 countries."))
        #expect(notes.contains("1 country is new in 2025 (KEN): no 2024 score, so no total, framework or field effect."))
        #expect(notes.contains("  X3 (5): every country") && notes.contains("  Y2 (1): KEN"))
    }

    /// Refusals: one edition (usage, 64), a registry that declares another edition (1), a
    /// country not in either edition (1).
    @Test func refusals() throws {
        let (folder, options) = try Self.store()
        let one = try folder.agile("compare", "--db", folder.db, "--editions", "2024")
        #expect(one.status == 64 && one.stderr.contains("give two editions: --editions EARLIER LATER"))
        let backwards = try folder.agile("compare", "--db", folder.db, "--editions", "2025", "2024")
        #expect(backwards.status == 64 && backwards.stderr.contains("--editions 2025 2024: the earlier edition comes first"))
        let absent = try folder.agile(options + ["--country", "BRA"])
        #expect(absent.status == 1 && absent.stderr.contains("'BRA' is not one of the countries scored."))
    }
}
