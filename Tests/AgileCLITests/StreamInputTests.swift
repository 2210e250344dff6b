// Standard input, pipes and FIFOs: `agile ingest -`, `/dev/stdin` and a named pipe are read once,
// as they stream, and the stored SHA-256 is that of the bytes read.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GRDB
import Testing

@Suite struct StreamInputTests {
    /// Two values of the long CSV format.
    static let csv = "country,indicator,year,value,source\nUSA,I14,2023,91.8,ITU\nDEU,I14,2023,92.5,ITU\n"
    /// Its SHA-256 (`printf … | sha256sum`).
    static let csvDigest = "714fb6b3ab634a6e85c6355a6ca02a61f9cad3af060badcf26fc734b631b4d9b"

    /// Runs `agile arguments…` with `input` written into its standard input through a pipe.
    static func run(_ arguments: [String], input: String, in folder: TemporaryFolder) throws -> CLI.Result {
        let pipe = Pipe()
        let running = try CLI.start(arguments, in: folder, input: pipe.fileHandleForReading)
        try pipe.fileHandleForReading.close()
        try pipe.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try pipe.fileHandleForWriting.close()
        return try running.wait()
    }

    /// The file name and SHA-256 of each ingest the store at `path` recorded.
    static func ingests(_ path: String) throws -> [[String]] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT file, sha256 FROM ingests ORDER BY id").map { [$0["file"], $0["sha256"]] }
        }
    }

    @Test func theDigestIsTheDigestOfTheBytes() throws {
        // Worked out once with sha256sum; checked here against a disk file of the same bytes.
        let folder = try TemporaryFolder()
        let path = try folder.write("two.csv", Self.csv)
        let result = try folder.agile("ingest", "--db", folder.db, path)
        #expect(result.status == 0, "\(result)")
        #expect(try Self.ingests(folder.db) == [[path, Self.csvDigest]])
    }

    @Test func dashReadsStandardInput() throws {
        let folder = try TemporaryFolder()
        let result = try Self.run(["ingest", "--db", folder.db, "-"], input: Self.csv, in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "ingested   <stdin> (csv-long): 2 values, 2 added\n")
        #expect(try Self.ingests(folder.db) == [["<stdin>", Self.csvDigest]])
        // `validate -` too, where the first file could have been a registry.
        let validated = try Self.run(["validate", "-"], input: Self.csv, in: folder)
        #expect(validated.status == 0, "\(validated)")
        #expect(validated.lines.contains("ok    <stdin> (csv-long): 2 values"), "\(validated)")
    }

    @Test func devStdinThroughAPipeIsNotEmpty() throws {
        // It used to be opened twice (format, then reader): the second open found the pipe drained.
        let folder = try TemporaryFolder()
        let result = try Self.run(["ingest", "--db", folder.db, "/dev/stdin"], input: Self.csv, in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "ingested   /dev/stdin (csv-long): 2 values, 2 added\n")
        #expect(try Self.ingests(folder.db) == [["/dev/stdin", Self.csvDigest]])
    }

    @Test func evidenceThroughAPipe() throws {
        let folder = try TemporaryFolder()
        let evidence = "benchmark,model,country,dimension,sub_dimension,context,metric,value,n\nvesta,GPT-4o,,goal_norm_misalignment,reward_hacking,soft,asr,0.40,10\n"
        let result = try Self.run(["ingest", "--db", folder.db, "-"], input: evidence, in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "ingested   <stdin> (evidence-csv): 1 results, 1 added\n")
    }

    @Test func aFIFOIsReadOnce() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("data.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        // The writer opens the FIFO (waiting for the reader), writes and closes it: one stream.
        let bytes = Array(Self.csv.utf8)
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            guard fd >= 0 else { return }
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            close(fd)
        }
        writer.start()
        let running = try CLI.start(["ingest", "--db", folder.db, fifo], in: folder)
        // It used to wait forever for a second writer: give it 60 s, then end it.
        let deadline = Date().addingTimeInterval(60)
        while running.process.isRunning, Date() < deadline { usleep(20_000) }
        if running.process.isRunning {
            running.process.terminate()
            // Release the writer if the reader never opened the FIFO.
            let fd = open(fifo, O_RDONLY | O_NONBLOCK)
            if fd >= 0 { close(fd) }
            Issue.record("agile ingest of a FIFO did not finish in 60 s")
        }
        let result = try running.wait()
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "ingested   \(fifo) (csv-long): 2 values, 2 added\n")
        #expect(try Self.ingests(folder.db) == [[fifo, Self.csvDigest]])
    }
}
