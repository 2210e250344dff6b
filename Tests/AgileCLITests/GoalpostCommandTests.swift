// `--normalise goalposts[:SCALE]` from the command line: posts from a registry and from a COINr
// iMeta, scores worked out by hand, the error when an indicator declares none, and the pages'
// one sentence on what the scores are relative to.

import Foundation
import Testing

@Suite struct GoalpostCommandTests {
    static let registry = "Tests/Fixtures/registry/goalposts/posts-2024.xml"
    static let data = "Tests/Fixtures/registry/goalposts/posts-2024.csv"

    /// The rows of a `--format csv` score table by uCode: each column's number.
    static func table(_ result: CLI.Result) -> [String: [String: Double]] {
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [:] }
        var rows: [String: [String: Double]] = [:]
        for line in lines.dropFirst() {
            rows[line[0]] = Dictionary(uniqueKeysWithValues: zip(header.dropFirst(), line.dropFirst().map { Double($0) ?? .nan }))
        }
        return rows
    }

    static func close(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= 1e-12 * max(1, abs(b))
    }

    /// The registry's posts (posts-2024.xml; its method block says min-max):
    ///
    ///             A1 (log1p, 0–999 raw)   A2 (negative, 0–100)   B1 (0–2)   B2 (−1…1)
    ///     USA     9 → ln 10/ln 1000 = 1/3   20 → 80/100            0 → 0     −2 → cut to 0
    ///     DEU    99 → 2/3                   50 → 1/2               1 → 1/2    0 → 1/2
    ///     JPN   999 → 1                     80 → 1/5               2 → 1      0.5 → 3/4
    ///
    /// ×100; D1 = (A1 + 2·A2)/3, D2 = (B1 + B2)/2, POSTS = (P1 + 2·P2)/3 (P1 = D1, P2 = D2):
    ///     USA  D1 (100/3 + 160)/3 = 580/9    D2 0      POSTS 580/27 = 21.48…
    ///     DEU  D1 (200/3 + 100)/3 = 500/9    D2 50     POSTS (500/9 + 100)/3 = 1400/27 = 51.85…
    ///     JPN  D1 (100 + 40)/3 = 140/3       D2 87.5   POSTS (140/3 + 175)/3 = 665/9 = 73.88…
    @Test func registryPostsOnAScaleOf100() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile("ingest", "--db", folder.db, "--framework", Self.registry, Self.data).status == 0)
        let score = ["score", "--db", folder.db, "--framework", Self.registry, "--format", "csv"]
        let indicators = try folder.agile(score + ["--normalise", "goalposts:100", "--level", "indicator"])
        #expect(indicators.status == 0, "\(indicators)")
        let byIndicator = Self.table(indicators)
        let expected: [String: [Double]] = [
            "USA": [100.0 / 3, 80, 0, 0], "DEU": [200.0 / 3, 50, 50, 50], "JPN": [100, 20, 100, 75],
        ]
        for (unit, values) in expected {
            for (code, value) in zip(["A1", "A2", "B1", "B2"], values) {
                #expect(Self.close(byIndicator[unit]?[code], value), "\(unit) \(code): \(byIndicator[unit]?[code] ?? .nan) ≠ \(value)")
            }
        }
        let index = Self.table(try folder.agile(score + ["--normalise", "goalposts:100"]))
        for (unit, value, rank) in [("USA", 580.0 / 27, 3.0), ("DEU", 1400.0 / 27, 2), ("JPN", 665.0 / 9, 1)] {
            #expect(Self.close(index[unit]?["POSTS"], value), "\(unit): \(index[unit]?["POSTS"] ?? .nan)")
            #expect(index[unit]?["POSTS_rank"] == rank)
        }
        // goalposts:10 is the same on 0–10; goalposts alone is 0–100.
        let tenth = Self.table(try folder.agile(score + ["--normalise", "goalposts:10"]))
        #expect(Self.close(tenth["JPN"]?["POSTS"], 66.5 / 9))
        #expect(try folder.agile(score + ["--normalise", "goalposts"]).stdout == (try folder.agile(score + ["--normalise", "goalposts:100"])).stdout)
        // The run is recorded with its choice.
        let table = try folder.agile("score", "--db", folder.db, "--framework", Self.registry, "--normalise", "goalposts:100")
        #expect(table.lines.first == "Posts index: 3 countries ranked; weights declared; method normalise=goalposts:100", "\(table)")
    }

    /// Before: `--normalise goalposts:100` was refused ("expected goalposts without a scale").
    @Test func anIndicatorWithoutPostsIsNamedWithWhereToDeclareThem() throws {
        let folder = try TemporaryFolder()
        let registry = "Tests/Fixtures/registry/minimal.xml"
        let data = try folder.write("mini.csv", "country,indicator,year,value\nUSA,A1,2024,5\nUSA,A2,2024,5\nUSA,B1,2024,1\nUSA,B2,2024,1\n")
        #expect(try folder.agile("ingest", "--db", folder.db, "--framework", registry, data).status == 0)
        let result = try folder.agile("score", "--db", folder.db, "--framework", registry, "--normalise", "goalposts:100")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: \(registry):17: goalpost normalisation of 'A1' needs goalposts, and it declares none: "
            + "in a registry add <goalposts low=\"…\" high=\"…\"/> (or <goalposts from=\"scale\"/>) to the indicator; "
            + "in a COINr iMeta fill its goalpost_lower and goalpost_upper columns\n")
        // Two numbers are not a scale.
        let two = try folder.agile("score", "--db", folder.db, "--framework", registry, "--normalise", "goalposts:0,100")
        #expect(two.status == 64)
        #expect(two.stderr.hasPrefix("Error: The value 'goalposts:0,100' is invalid for '--normalise <method>': expected goalposts:SCALE, one number: "
            + "the top of the scores (goalposts:100 scores 0–100); the goalposts themselves are declared per indicator, in the registry or the iMeta\n"), "\(two)")
    }

    /// A COINr iMeta with goalpost columns (ignored before: "needs goalposts"):
    ///
    ///             A (posts 0–10, scale 10)     B (Direction −1, posts 0–100, not truncated)
    ///     AUT     2 → 0.2                      20 → (100 − 20)/100 = 0.8
    ///     BEL     5 → 0.5                      50 → 0.5
    ///     CHE    12 → 1.2 cut to 1            150 → −0.5 (not cut)
    ///
    /// `goalposts` (each indicator's own scale, else 100): A 2, 5, 10; B 80, 50, −50;
    /// P = mean: AUT 41, BEL 27.5, CHE −20. `goalposts:100`: A 20, 50, 100; P 50, 50, 25.
    @Test func coinrIMetaPosts() throws {
        let folder = try TemporaryFolder()
        let meta = try folder.write("iMeta.csv", """
            "Level","iCode","iName","Direction","Weight","Unit","Target","Denominator","Parent","Type","goalpost_lower","goalpost_upper","goalpost_scale","goalpost_trunc2posts"
            1,"A","A",1,1,"Score",NA,NA,"P","Indicator",0,10,10,TRUE
            1,"B","B",-1,1,"Score",NA,NA,"P","Indicator",0,100,NA,FALSE
            2,"P","P",1,1,"Score",NA,NA,NA,"Aggregate",NA,NA,NA,NA

            """)
        let data = try folder.write("iData.csv", "\"uCode\",\"A\",\"B\"\n\"AUT\",2,20\n\"BEL\",5,50\n\"CHE\",12,150\n")
        func score(_ normalisation: String) throws -> [String: [String: Double]] {
            let result = try folder.agile("score", "--coinr", data, meta, "--treat", "none", "--normalise", normalisation, "--level", "indicator", "--format", "csv")
            #expect(result.status == 0, "\(result)")
            return Self.table(result)
        }
        let own = try score("goalposts")
        for (unit, a, b) in [("AUT", 2.0, 80.0), ("BEL", 5, 50), ("CHE", 10, -50)] {
            #expect(Self.close(own[unit]?["A"], a) && Self.close(own[unit]?["B"], b), "\(unit): \(own[unit] ?? [:])")
        }
        let hundred = try score("goalposts:100")
        #expect(Self.close(hundred["CHE"]?["A"], 100) && Self.close(hundred["CHE"]?["B"], -50))
        let pillar = try folder.agile("score", "--coinr", data, meta, "--treat", "none", "--normalise", "goalposts", "--format", "csv")
        #expect(pillar.stdout == "uCode,P,P_rank\nAUT,41.0,1\nBEL,27.5,2\nCHE,-20.0,3\n", "\(pillar)")
    }

    /// The pages say once what the scores are relative to: the methodology page in full, the
    /// ranking page in a note; each indicator's posts are listed with its definition.
    @Test func theReportSaysTheScoresAreOnFixedGoalposts() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile("ingest", "--db", folder.db, "--framework", Self.registry, Self.data).status == 0)
        let report = ["report", "--db", folder.db, "--framework", Self.registry, "--no-audit", "--format", "md"]
        #expect(try folder.agile(report + ["--normalise", "goalposts:100", "--out", folder.path("posts")]).status == 0)
        #expect(try folder.agile(report + ["--out", folder.path("minmax")]).status == 0)
        let fixed = "Scores are on fixed goalposts: each indicator is scored between bounds declared for it, the same every year, "
            + "so scores of different years compare; a value beyond a goalpost scores as the goalpost."
        let relative = "Scores are relative to the year's field: min-max puts each indicator's worst value of the year at 0 and its best at 100, "
            + "so a country's score can fall although its own values rose, and scores of different years do not compare "
            + "(fixed goalposts, declared for each indicator, would make them comparable)."
        func page(_ site: String, _ name: String) throws -> String {
            try String(contentsOfFile: folder.path("\(site)/\(name)"), encoding: .utf8)
        }
        let methodology = try page("posts", "methodology.md")
        #expect(methodology.components(separatedBy: fixed).count == 2, "\(methodology)")
        #expect(methodology.contains("- Normalisation: fixed goalposts per indicator, polarity applied (a negative indicator scores from its upper goalpost down to its lower one), scaled to 0–100."))
        #expect(methodology.contains("Source: OpenAlex. Goalposts: 0–999 (raw units, log1p applied)."))
        #expect(methodology.contains("Source: OECD.AI. Goalposts: 0–2 (its scale)."))
        #expect(methodology.contains("Source: WGI. Goalposts: -1 to 1."))
        #expect(try page("posts", "index.md").components(separatedBy: "Scores are on fixed goalposts: they compare between years as well as between countries.").count == 2)
        let minMax = try page("minmax", "methodology.md")
        #expect(minMax.components(separatedBy: relative).count == 2, "\(minMax)")
        #expect(!minMax.contains("Goalposts:"))
        #expect(try page("minmax", "index.md").components(separatedBy: "Scores are relative to the year's field (min-max): they compare countries within the year, not a country's scores between years.").count == 2)
    }
}
