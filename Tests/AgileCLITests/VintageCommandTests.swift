// Vintages end to end: what `make run` stores and scores, each output naming its vintages, and
// the refusals (a bad vintage, a date before every vintage, options that cannot go together).

import AgileCore
import AgileIO
import Foundation
import Testing

@Suite struct VintageCommandTests {
    static let registry = "Tests/Fixtures/vintages/registry.xml"
    static let published = "Tests/Fixtures/vintages/published.csv"
    static let revision = "Tests/Fixtures/vintages/revision.csv"

    /// A fresh clone's main command: the vintages stored are the files' own (none from the
    /// clock), and 2024 scored with the Makefile's vintages is the sample without its revision,
    /// where revised scores take it.
    @Test func theMainCommandStoresAndScoresTheSameVintages() throws {
        let folder = try TemporaryFolder()
        let files = try IllustrativeOutputTests.makeRunIngest().files
        #expect(try folder.agile(["ingest", "--db", folder.db] + files).status == 0)
        let countries = try CountryList.load(path: CLI.packageRoot.appendingPathComponent("Indicators/iso3166-1.csv").path)
        let data = try Store(path: folder.db, countries: countries).ingests().filter { $0.format != "evidence-csv" && !$0.format.hasPrefix("vesta") }
        #expect(data.map { "\($0.file) \($0.vintage) \($0.vintageDeclared)" } == [
            "Data/API_IT.NET.USER.ZS_DS2_en_csv_v2_illustrative.csv 2024-06-28 true",
            "Data/agile-2024-long.csv 2024-05-01 true",
            "Data/agile-2024-revisions.csv 2025-06-01 true",
            "Data/agile-2024-wide.csv 2024-05-01 true",
            "Data/agile-2024-instruments.xml 2024-05-01 true",
            "Data/worldbank-GE.EST-illustrative.xml 2024-09-26 true",
        ])
        let vintages = try ReportsUpToDateTests.makeRunVintages()
        let asMade = try folder.agile(["score", "--db", folder.db, "--format", "csv", "--level", "indicator"] + vintages)
        let revised = try folder.agile("score", "--db", folder.db, "--format", "csv", "--level", "indicator", "--revised")
        let before = try TemporaryFolder()
        #expect(try before.agile(["ingest", "--db", before.db] + files.filter { !$0.contains("revisions") }).status == 0)
        let original = try before.agile("score", "--db", before.db, "--format", "csv", "--level", "indicator")
        #expect(asMade.status == 0 && original.status == 0 && revised.status == 0)
        #expect(asMade.stdout == original.stdout)
        // The revision moves India's I01 (29957 → 34120 articles), and nothing of the others'.
        let changed = zip(asMade.lines, revised.lines).filter { $0 != $1 }.map { String($0.0.prefix(4)) }
        #expect(changed == ["IND,"])
    }

    /// Each output names its vintages: the score table, JSON and (CSV) standard error, data,
    /// and every page of the report, its methodology in a sentence.
    @Test func everyOutputNamesItsVintages() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile("ingest", "--db", folder.db, "--framework", Self.registry, Self.published, Self.revision).status == 0)
        let options = ["--db", folder.db, "--framework", Self.registry]
        let table = try folder.agile(["score", "--as-of", "2024-12-31"] + options)
        #expect(table.lines.prefix(3) == ["Vintage index: 3 countries ranked; weights declared; method as the registry declares",
                                          "Vintages: values as of 2024-12-31.", "Stored as run 1."])
        #expect(table.lines.contains("   1  USA      United States  75.0  high  75.0"), "\(table)")
        let json = try folder.agile(["score", "--format", "json", "--as-of", "2024-12-31"] + options)
        #expect(json.stdout.contains("\"vintages\" : {\n    \"cutoff\" : \"2024-12-31\",\n    \"selection\" : \"as-of\"\n  }"), "\(json.stdout.suffix(200))")
        let revisedJSON = try folder.agile(["score", "--format", "json", "--revised"] + options)
        #expect(revisedJSON.stdout.contains("\"vintages\" : {\n    \"selection\" : \"revised\"\n  }"))
        let csv = try folder.agile(["score", "--format", "csv"] + options)
        #expect(csv.stderr == "note: revised values (the latest of every vintage)\n" && csv.lines[1] == "DEU,87.5,1,87.5,1,87.5,1")
        let data = try folder.agile(["data", "--as-of", "2024-12-31"] + options)
        #expect(data.lines.contains("Vintages: values as of 2024-12-31."))

        let site = folder.path("site")
        let report = try folder.agile(["report", "--out", site, "--as-of", "2024-12-31", "--audit-replications", "20"] + options)
        #expect(report.status == 0, "\(report)")
        let methodology = try String(contentsOfFile: "\(site)/methodology.md", encoding: .utf8)
        #expect(methodology.contains("\n\nValues are as of 2024-12-31: each is the latest value stored with a vintage (the date its file declares, "
            + "else the day it was ingested) on or before that date; values revised later are not used.\n\n"))
        #expect(try String(contentsOfFile: "\(site)/index.md", encoding: .utf8).contains(" Scored on values as of 2024-12-31.\n"))
        #expect(try String(contentsOfFile: "\(site)/DEU.md", encoding: .utf8).contains(" Scored on values as of 2024-12-31. See the"))
        #expect(try String(contentsOfFile: "\(site)/audit.md", encoding: .utf8).contains("The same data (values as of 2024-12-31), framework"))
        for page in ["index", "methodology", "audit", "USA", "DEU", "JPN"] {
            let html = try String(contentsOfFile: "\(site)/\(page).html", encoding: .utf8)
            #expect(html.contains(" · values as of 2024-12-31</p>\n</footer>"), "\(page).html")
        }
        // A replay says the vintages it was scored with; none can be asked of it.
        let replay = try folder.agile(["report", "--out", folder.path("replay"), "--run", "1", "--no-audit", "--format", "md"] + options)
        #expect(replay.status == 0, "\(replay)")
        #expect(try String(contentsOfFile: folder.path("replay/index.md"), encoding: .utf8).contains(" Scored on values as of 2024-12-31.\n"))
        let both = try folder.agile(["report", "--out", folder.path("both"), "--run", "1", "--revised"] + options)
        #expect(both.status == 64 && both.stderr.hasPrefix(
            "Error: --run replays the run with the vintages it was scored with; leave out --as-published, --as-of and --revised\n"), "\(both)")
    }

    /// A file with a bad vintage is refused whole, with where and what was expected; nothing is stored.
    @Test func aBadVintageIsRefusedAndNothingIsStored() throws {
        let folder = try TemporaryFolder()
        let bad = try folder.write("bad.csv", "# vintage: 2024-02-30\ncountry,indicator,year,value\nUSA,X1,2023,80\n")
        let result = try folder.agile("ingest", "--db", folder.db, "--framework", Self.registry, bad)
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(bad):1:12: field 'vintage': \"2024-02-30\" is not a date (expected # vintage: YYYY-MM-DD, e.g. # vintage: 2024-05-01)\n", "\(result)")
        #expect(result.stdout == "rejected   \(bad): nothing stored\nno store created: nothing was stored in \(folder.db)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.db))
    }

    /// The refusals of the options: a date before every vintage (exit 1), as published without a
    /// publication date (exit 1), a date that is not one and two selections at once (usage, 64).
    @Test func whatTheVintageOptionsRefuse() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile("ingest", "--db", folder.db, "--framework", Self.registry, Self.published).status == 0)
        let options = ["--db", folder.db, "--framework", Self.registry]
        let early = try folder.agile(["score", "--as-of", "2024-04-30"] + options)
        #expect(early.status == 1)
        #expect(early.stderr == "Error: No value of the edition has a vintage on or before 2024-04-30 (values as of 2024-04-30); "
            + "the earliest vintage stored is 2024-05-01: give a later --as-of date, or --revised.\n", "\(early)")
        let published = try folder.agile(["audit", "weights", "--as-published"] + options)
        #expect(published.status == 1)
        #expect(published.stderr == "Error: \(Self.registry) declares no publication date, so there are no values as published: give --as-of DATE or --revised.\n")
        let notADate = try folder.agile(["score", "--as-of", "31.12.2024"] + options)
        #expect(notADate.status == 64)
        #expect(notADate.stderr.hasPrefix("Error: The value '31.12.2024' is invalid for '--as-of <YYYY-MM-DD>': expected a date YYYY-MM-DD, e.g. 2024-05-01\n"), "\(notADate)")
        let two = try folder.agile(["data", "--as-of", "2024-12-31", "--revised"] + options)
        #expect(two.status == 64 && two.stderr.hasPrefix("Error: give one of --as-published, --as-of and --revised\n"), "\(two)")
    }
}
