// `agile report` and its audit page: the same figures as `agile audit uncertainty`, the options, quiet on a pipe.

import Foundation
import Testing

@Suite struct ReportAuditTests {
    /// The page's rank table holds, per country, the mean and the mean absolute shift that
    /// `agile audit uncertainty` prints for the same N and seed (its default design); nothing
    /// reaches standard error on a pipe.
    @Test func thePageAgreesWithTheAuditCommand() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let report = try folder.agile("report", "--db", folder.db, "--out", folder.path("site"), "--audit-replications", "60", "--audit-seed", "3")
        #expect(report.status == 0, "\(report)")
        #expect(report.stderr.isEmpty, "no progress line on a pipe: \(report.stderr)")
        let page = try String(contentsOfFile: folder.path("site/audit.md"), encoding: .utf8)
        #expect(page.contains("60 replications, seed 3."))
        #expect(FileManager.default.fileExists(atPath: folder.path("site/audit.html")))
        let audit = try folder.agile("audit", "uncertainty", "--db", folder.db, "--n", "60", "--seed", "3")
        #expect(audit.status == 0, "\(audit)")
        let header = try #require(audit.lines.firstIndex { $0.hasPrefix("Nominal") })
        let rows = audit.lines[(header + 1)...].prefix { !$0.isEmpty }.map { $0.split(separator: " ").map(String.init) }
        #expect(rows.count == 14)
        for row in rows {
            // Nominal, code, name, mean, median, Q5, Q95, shift → the page's
            // `| nominal | [name](CODE.md) (CODE) | median | mean | … | shift |`.
            let name = row.dropFirst(2).dropLast(5).joined(separator: " ")
            let figures = Array(row.suffix(5))
            let line = page.split(separator: "\n").first { $0.contains("[\(name)](\(row[1]).md) (\(row[1]))") && $0.hasPrefix("| \(row[0]) |") }
            let cells = try #require(line, "\(row[1]) \(name)").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells[3] == figures[0], "\(row[1]) mean")
            #expect(Double(cells[2]) == Double(figures[1]), "\(row[1]) median")
            #expect(Double(cells[4]) == Double(figures[2]) && Double(cells[5]) == Double(figures[3]), "\(row[1]) interval")
            #expect(cells[6] == figures[4], "\(row[1]) shift")
        }
        // The reading, the same on the page and in the command, names the countries beside their codes.
        let reading = page.components(separatedBy: "## Reading\n\n")[1].components(separatedBy: "\n\n")[0]
            .split(separator: "\n").map { String($0.dropFirst(2)) }.joined(separator: " ")
        #expect(reading.hasPrefix("First place is robust: United States (USA)."), "\(reading)")
        #expect(audit.lines.contains(reading), "\(audit)")
    }

    /// --no-audit: no audit page, no link to one; a bad replication count is refused.
    @Test func noAuditLeavesThePageOut() throws {
        let folder = try TemporaryFolder()
        #expect(try folder.agile(["ingest", "--illustrative", "--db", folder.db] + ScoreCommandTests.sampleFiles).status == 0)
        let result = try folder.agile("report", "--db", folder.db, "--out", folder.path("site"), "--no-audit")
        #expect(result.status == 0, "\(result)")
        let files = try ReportsUpToDateTests.listing(folder.path("site"))
        #expect(!files.contains("audit.md") && !files.contains("audit.html"))
        #expect(files.allSatisfy { !$0.hasPrefix("charts/audit-") })
        let index = try String(contentsOfFile: folder.path("site/index.html"), encoding: .utf8)
        #expect(!index.contains("audit.html"))
        let bad = try folder.agile("report", "--db", folder.db, "--out", folder.path("other"), "--audit-replications", "1")
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--audit-replications"))
    }
}
