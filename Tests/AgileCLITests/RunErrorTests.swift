// Failures found while a command runs (not in its arguments) are the use cases' RunError:
// one line naming what is wrong, without the usage text that only argument errors print.

import Testing

@Suite struct RunErrorTests {
    @Test func runtimeFailuresPrintTheirMessageAlone() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let db = ["--db", folder.db]
        let cases: [([String], String)] = [
            (["score", "--country", "ZZ"], "'ZZ' is not one of the countries scored."),
            (["data", "--country", "XX"], "'XX' is not an ISO 3166-1 country code."),
            (["report", "--out", folder.path("a"), "--run", "99", "--no-audit"], "The store holds no run 99; `agile score` records runs."),
            (["report", "--out", folder.path("b"), "--no-audit", "--country", "QQ"], "'QQ' is not one of the countries scored."),
            (["report", "--out", folder.path("c"), "--templates", folder.path("none")],
             "\(folder.path("none"))/country.md.mustache: the template cannot be read (the folder needs country.md.mustache, index.md.mustache, methodology.md.mustache, evidence.md.mustache, audit.md.mustache, page.html.mustache, style.css)."),
            (["audit", "uncertainty", "--n", "5", "--levels", "7"], "--levels 7: the framework's aggregates are at levels 2 to 4"),
            (["audit", "sensitivity", "--n", "5", "--weights-factor", "0"], "Nothing varies: give --weights-factor, --normalise-choices, --aggregate-choices or --winmax-range."),
            (["audit", "remove", "--level", "index"], "--level index: give indicator, dimension, pillar or a level from 1 to 3"),
            (["score", "--edition", "2023", "--framework", "./Indicators/agile-2024.xml"], "./Indicators/agile-2024.xml declares edition 2024, not 2023."),
        ]
        for (arguments, message) in cases {
            let result = try folder.agile(arguments + db)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr == "Error: \(message)\n", "\(arguments): \(result)")
            #expect(result.stdout.isEmpty || arguments[0] == "data", "\(arguments): \(result)")
        }
    }
}
