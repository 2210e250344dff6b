// Bounded resources: a 1 GiB line, a row of ten million fields, XML nested 100,000 deep, a huge
// attribute and an oversized or too deep registry are refused with their limit's error, in
// seconds, with the peak memory of `agile validate` measured (not assumed) under 200 MB.

import Foundation
import Testing

@Suite struct ResourceLimitTests {
    /// The most memory (peak resident set) `agile validate` may use on hostile input, in KiB.
    static let memoryCeiling = 200 * 1024
    /// The longest a refusal may take.
    static let timeCeiling: Duration = .seconds(20)
    /// A long-CSV header.
    static let csvHead = "country,indicator,year,value\n"

    /// What one measured run of `agile validate` gave.
    struct Measured {
        var result: CLI.Result
        /// Peak resident set size of the process, in KiB (from `/usr/bin/time -f %M`).
        var peakKiB: Int
        var duration: Duration
    }

    /// Runs `agile validate path` under `/usr/bin/time`, optionally reading `pipe` as its
    /// standard input, and checks it failed within the time and memory limits.
    static func validate(_ path: String, in folder: TemporaryFolder, _ label: String, pipe: PipeWriter? = nil) throws -> Measured {
        let timeFile = folder.path("time-\(UUID().uuidString)")
        let clock = ContinuousClock()
        let start = clock.now
        let running = try CLI.start(
            ["validate", path], in: folder, wrapper: ["/usr/bin/time", "-f", "%M", "-o", timeFile], input: pipe?.childInput)
        pipe?.started()
        let result = try running.wait()
        pipe?.finish()
        let duration = clock.now - start
        let text = try String(contentsOfFile: timeFile, encoding: .utf8)
        let peak = try #require(text.split(separator: "\n").last.flatMap { Int($0) }, "time output: \(text)")
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        print("\(label): peak \(peak) KiB, \(String(format: "%.2f", seconds)) s")
        #expect(result.status == 1, "\(result)")
        #expect(peak < memoryCeiling, "\(label): peak \(peak) KiB")
        #expect(duration < timeCeiling, "\(label): \(duration)")
        return Measured(result: result, peakKiB: peak, duration: duration)
    }

    /// The error line `agile validate` printed (`error: ` for a data file, `Error: ` for the
    /// registry, which ends the command).
    static func error(_ result: CLI.Result) -> String {
        result.stderr.split(separator: "\n").first { $0.lowercased().hasPrefix("error: ") }.map(String.init) ?? result.stderr
    }

    @Test func oneGigabyteLineIsRefused() throws {
        // The header, then a row of one 1 GiB field.
        let pipe = try PipeWriter(prefix: ResourceLimitTests.csvHead, unit: "a", count: 1 << 30, suffix: "\n")
        let folder = try TemporaryFolder()
        let measured = try ResourceLimitTests.validate("/dev/stdin", in: folder, "1 GiB line", pipe: pipe)
        #expect(ResourceLimitTests.error(measured.result) == "error: /dev/stdin:2:1: field 'country': the record is longer than 1048576 bytes (expected at most 1048576 bytes per record)")
        #expect(pipe.bytesWritten < 16 << 20, "the reader stopped early: \(pipe.bytesWritten) bytes written")
    }

    @Test func tenMillionFieldsAreRefused() throws {
        let pipe = try PipeWriter(prefix: ResourceLimitTests.csvHead, unit: "a,", count: 10_000_000, suffix: "a\n")
        let folder = try TemporaryFolder()
        let measured = try ResourceLimitTests.validate("-", in: folder, "10M fields", pipe: pipe)
        // Field 10,001 starts at column 20,001 of line 2 ("a," per field).
        #expect(ResourceLimitTests.error(measured.result) == "error: <stdin>:2:20001: the record has more than 10000 fields: field 10001 starts here (expected at most 10000 fields per record)")
        #expect(pipe.bytesWritten < 16 << 20, "the reader stopped early: \(pipe.bytesWritten) bytes written")
    }

    @Test func xmlNestedDeepIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "deep.xml", "<?xml version=\"1.0\"?>\n<countryData xmlns=\"urn:agile-index:data:1\" framework=\"agile-2024\">\n"
                + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</countryData>\n")
        let measured = try ResourceLimitTests.validate(path, in: folder, "XML 100,000 deep")
        // The reader refuses the first element it does not know, long before the parser's own
        // depth limit (XMLStreamLimitTests reaches that one).
        #expect(ResourceLimitTests.error(measured.result) == "error: \(path):3:3: field 'a': is not allowed here (expected <note> or <country>)")
    }

    @Test func registryNestedDeepIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "deep-registry.xml", "<?xml version=\"1.0\"?>\n<framework xmlns=\"urn:agile-index:framework:1\">\n"
                + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</framework>\n")
        let measured = try ResourceLimitTests.validate(path, in: folder, "registry 100,000 deep")
        // libxml2's own depth limit guards the registry (a whole-document parse).
        #expect(ResourceLimitTests.error(measured.result) == "Error: \(path):3:769: Excessive depth in document: 256 use XML_PARSE_HUGE option")
    }

    @Test func longAttributeIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "attribute.xml", "<?xml version=\"1.0\"?>\n<countryData xmlns=\"urn:agile-index:data:1\" framework=\"agile-2024\" note=\""
                + String(repeating: "a", count: 2 << 20) + "\"></countryData>\n")
        let measured = try ResourceLimitTests.validate(path, in: folder, "2 MiB attribute")
        #expect(ResourceLimitTests.error(measured.result) == "error: \(path):2:2097227: field 'note': is an attribute of 2097152 bytes, longer than the limit of 1 MiB")
    }

    @Test func oversizedRegistryIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "registry.xml", "<?xml version=\"1.0\"?>\n<framework xmlns=\"urn:agile-index:framework:1\">\n<!--"
                + String(repeating: "a", count: 17 << 20) + "--></framework>\n")
        let measured = try ResourceLimitTests.validate(path, in: folder, "17 MiB registry")
        #expect(ResourceLimitTests.error(measured.result) == "Error: \(path): is larger than 16 MiB")
    }
}
