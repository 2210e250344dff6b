// Throughput of the CSV scanner and the long reader on a generated 50 MB file (opt-in).
//
// Run in release mode:
//   AGILE_CSV_THROUGHPUT=1 swift test -c release --filter CSVThroughputTests

import AgileCore
import AgileIO
import Foundation
import Testing

@Suite(.enabled(if: ProcessInfo.processInfo.environment["AGILE_CSV_THROUGHPUT"] != nil))
struct CSVThroughputTests {
    /// Writes a long CSV of about `megabytes` MB: real country codes, the test indicators, a
    /// source column and an occasional quoted note.
    static func makeLongFile(megabytes: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("agile-throughput-\(getpid()).csv").path
        let countries = TestFramework.countries.countries.map(\.alpha3)
        let indicators = ["I14", "I16", "I19", "I01", "I11"]
        var text = "country,indicator,year,value,source,note\n"
        text.reserveCapacity(megabytes << 20 + 256)
        var row = 0
        while text.utf8.count < megabytes << 20 {
            let indicator = indicators[row % indicators.count]
            let value: String
            switch indicator {
            case "I14": value = String(Double(row % 10_000) / 100)
            case "I16": value = String(row % 4)
            case "I19": value = String(row % 2)
            case "I11": value = String(Double(row % 500) / 100 - 2.5)
            default: value = String(row % 100_000)
            }
            let note = row % 10 == 0 ? "\"checked, \"\"by hand\"\"\"" : ""
            text += "\(countries[row % countries.count]),\(indicator),\(2000 + row % 25),\(value),ITU,\(note)\n"
            row += 1
        }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test func scannerAndLongReaderOn50MB() throws {
        let path = try Self.makeLongFile(megabytes: 50)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let size = Double(try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int)
        let clock = ContinuousClock()

        var best = Duration.seconds(1000)
        var fields = 0
        for _ in 0..<3 {
            fields = 0
            let elapsed = try clock.measure {
                let scanner = try CSVScanner(path: path)
                while try scanner.nextRecord() { fields += scanner.fieldCount }
            }
            best = min(best, elapsed)
        }
        let scanRate = size / 1e6 / (Double(best.components.attoseconds) / 1e18 + Double(best.components.seconds))

        var observations = 0
        let readTime = try clock.measure {
            let summary = try LongCSVReader().read(path: path, check: TestFramework.check) { _ in observations += 1 }
            #expect(summary.observations == observations)
        }
        let readRate = size / 1e6 / (Double(readTime.components.attoseconds) / 1e18 + Double(readTime.components.seconds))
        print("CSV throughput on \(Int(size / 1e6)) MB: scanner \(Int(scanRate)) MB/s (\(fields) fields), "
              + "LongCSVReader \(Int(readRate)) MB/s (\(observations) observations)")
        #if !DEBUG
        #expect(scanRate >= 150)
        #endif
    }
}
