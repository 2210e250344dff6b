// Ingest benchmark: generates 50 MB data files and measures our readers and store against
// `xmllint --stream --noout` and Python's csv module on the same files, in the same run.

import AgileCore
import AgileIO
import Foundation

@main
struct IngestBenchmark {
    static func main() throws {
        let arguments = CommandLine.arguments
        if arguments.count >= 4, arguments[1] == "--child" {
            try child(mode: arguments[2], path: arguments[3])
            return
        }
        let megabytes = arguments.count >= 2 ? Int(arguments[1]) ?? 50 : 50
        try FileManager.default.createDirectory(atPath: workFolder, withIntermediateDirectories: true)
        let workspace = try Workspace()
        let csv = "\(workFolder)/long-\(megabytes)MB.csv"
        let xml = "\(workFolder)/data-\(megabytes)MB.xml"
        let smallCSV = "\(workFolder)/long-10MB.csv"
        let smallXML = "\(workFolder)/data-10MB.xml"
        print("Generating inputs in \(workFolder) …")
        let csvRows = try BenchmarkData.writeLongCSV(path: csv, megabytes: megabytes, framework: workspace.framework, countries: workspace.countries)
        let xmlRows = try BenchmarkData.writeXML(path: xml, megabytes: megabytes, framework: workspace.framework, countries: workspace.countries)
        _ = try BenchmarkData.writeLongCSV(path: smallCSV, megabytes: 10, framework: workspace.framework, countries: workspace.countries)
        _ = try BenchmarkData.writeXML(path: smallXML, megabytes: 10, framework: workspace.framework, countries: workspace.countries)
        let csvMB = size(csv), xmlMB = size(xml)
        print(String(format: "CSV %.1f MB, %d rows; XML %.1f MB, %d observations\n", csvMB, csvRows, xmlMB, xmlRows))

        let check = workspace.check
        let xmllint = try best { try run("/usr/bin/env", ["xmllint", "--stream", "--noout", xml]) }
        let ourXML = try best { _ = try CountryXMLReader().read(path: xml, check: check) { _ in } }
        let python = try best {
            try run("/usr/bin/env", ["python3", "-c", "import csv,sys\nn=0\nfor r in csv.reader(open(sys.argv[1], newline='', encoding='utf-8')): n+=1", csv])
        }
        let ourCSV = try best { _ = try LongCSVReader().read(path: csv, check: check) { _ in } }
        let storePath = "\(workFolder)/bench.sqlite"
        var storeCPU = 0.0, storeXMLCPU = 0.0
        let store = try best(runs: 2, cpu: &storeCPU) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
            let store = try Store(path: storePath, countries: workspace.countries)
            _ = try store.ingest(path: csv, format: .longCSV, check: check)
        }
        let storeXML = try best(runs: 2, cpu: &storeXMLCPU) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
            let store = try Store(path: storePath, countries: workspace.countries)
            _ = try store.ingest(path: xml, format: .countryXML, check: check)
        }

        print("| work | seconds | throughput | ratio |")
        print("|---|---|---|---|")
        print(row("xmllint --stream --noout (reference)", xmllint, String(format: "%.0f MB/s", xmlMB / xmllint), "1.00×"))
        print(row("our XML reader (parse + check)", ourXML, String(format: "%.0f MB/s", xmlMB / ourXML), String(format: "%.2f× xmllint", xmllint / ourXML)))
        print(row("Python csv module (reference)", python, String(format: "%.0f MB/s", csvMB / python), "1.00×"))
        print(row("our long-CSV reader (parse + check)", ourCSV, String(format: "%.0f MB/s", csvMB / ourCSV), String(format: "%.2f× Python csv", python / ourCSV)))
        print(row("CSV parse + store (one transaction, WAL)", store, String(format: "%.0f obs/s", Double(csvRows) / store), "target ≥ 500,000 obs/s"))
        print(row("XML parse + store (one transaction, WAL)", storeXML, String(format: "%.0f obs/s", Double(xmlRows) / storeXML), "target ≥ 500,000 obs/s"))

        // On a shared machine the wall clock also counts other people's work; the CPU time of
        // this process does not (it counts neither waits for the disk).
        print(String(format: "\nCPU time (user + system) of the fastest store runs: CSV %.3f s (%.0f obs per CPU-second), XML %.3f s (%.0f obs per CPU-second)",
                     storeCPU, Double(csvRows) / storeCPU, storeXMLCPU, Double(xmlRows) / storeXMLCPU))

        print("\nPeak resident memory of a parse in a child process (flat in file size = streaming):")
        for (mode, small, large) in [("csv", smallCSV, csv), ("xml", smallXML, xml), ("ingest-csv", smallCSV, csv), ("ingest-xml", smallXML, xml)] {
            let a = try childPeak(mode: mode, path: small), b = try childPeak(mode: mode, path: large)
            print(String(format: "  %@: %.0f MB file → %.1f MB peak; %.0f MB file → %.1f MB peak", mode, size(small), a, size(large), b))
        }
    }

    static let workFolder = "Benchmarks/work"

    static func size(_ path: String) -> Double {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return Double(bytes) / 1_000_000
    }

    static func row(_ name: String, _ seconds: Double, _ throughput: String, _ ratio: String) -> String {
        String(format: "| %@ | %.3f | %@ | %@ |", name, seconds, throughput, ratio)
    }

    /// The fastest of `runs` timings of `work`, in seconds.
    static func best(runs: Int = 3, _ work: () throws -> Void) throws -> Double {
        var cpu = 0.0
        return try best(runs: runs, cpu: &cpu, work)
    }

    /// The fastest of `runs` timings of `work`, in seconds; `cpu` gets the least CPU time
    /// (user + system) of one run.
    static func best(runs: Int, cpu: inout Double, _ work: () throws -> Void) throws -> Double {
        var fastest = Double.infinity
        cpu = .infinity
        for _ in 0..<runs {
            let start = ContinuousClock.now, startCPU = cpuSeconds()
            try work()
            let elapsed = ContinuousClock.now - start
            fastest = min(fastest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            cpu = min(cpu, cpuSeconds() - startCPU)
        }
        return fastest
    }

    /// The CPU time this process has used so far (user + system), in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let seconds = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        let micro = usage.ru_utime.tv_usec + usage.ru_stime.tv_usec
        return Double(seconds) + Double(micro) / 1e6
    }

    static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "bench", code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: "\(arguments.first ?? tool) failed"])
        }
    }

    /// Runs this benchmark as a child on one file and returns its peak resident memory in MB.
    static func childPeak(mode: String, path: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--child", mode, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? .nan
    }

    /// The child side: parse (or ingest) one file, then print VmHWM in MB.
    static func child(mode: String, path: String) throws {
        let workspace = try Workspace()
        switch mode {
        case "csv": _ = try LongCSVReader().read(path: path, check: workspace.check) { _ in }
        case "xml": _ = try CountryXMLReader().read(path: path, check: workspace.check) { _ in }
        default:
            let storePath = "\(workFolder)/child.sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
            let store = try Store(path: storePath, countries: workspace.countries)
            _ = try store.ingest(path: path, format: mode == "ingest-xml" ? .countryXML : .longCSV, check: workspace.check)
        }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") ?? .nan
        print(kilobytes / 1024)
    }
}
