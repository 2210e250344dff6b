// Runs the built `agile` executable as a subprocess, from the package root.

import AgileTestSupport
import Foundation
import Testing

/// The `agile` command as a user runs it.
enum CLI {
    /// The package root (the folder holding Package.swift).
    static let packageRoot = PackageRoot.url

    /// Where `agile` may be, best first: beside the test runner (`swift test` on Linux runs
    /// `.build/<triple>/debug/AgileIndexPackageTests.xctest`, and `agile` is built into the same
    /// folder), beside the test bundle (Xcode / `xctest` on macOS), then the package's
    /// `.build/debug`.
    static let candidates: [URL] = {
        var urls = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("agile")]
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            urls.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("agile"))
        }
        urls.append(packageRoot.appendingPathComponent(".build/debug/agile"))
        return urls
    }()

    /// The `agile` executable to run.
    static let executable: URL? = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// What one run printed and how it ended.
    struct Result: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String

        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

        var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// Runs `agile arguments…` in the package root (or in `directory`), with output captured
    /// through files (no pipe can fill up and block the child).
    static func run(_ arguments: [String], in folder: TemporaryFolder, directory: String? = nil) throws -> Result {
        let running = try start(arguments, in: folder, directory: directory)
        return try running.wait()
    }

    /// Starts `agile arguments…` in the package root without waiting for it (output goes to
    /// files of `folder`); ``Running/wait()`` collects the result.
    /// - Parameter wrapper: a command that runs `agile` (such as `/usr/bin/time -f %M`): its
    ///   executable and arguments, followed by the `agile` path and `arguments`.
    /// - Parameter input: the child's standard input (none when `nil`).
    /// - Parameter directory: the working folder of the child (the package root when `nil`).
    static func start(_ arguments: [String], in folder: TemporaryFolder, wrapper: [String] = [], input: FileHandle? = nil, directory: String? = nil) throws -> Running {
        let executable = try #require(executable, "no agile executable among \(candidates.map(\.path))")
        let id = UUID().uuidString
        let out = folder.url.appendingPathComponent("stdout-\(id)")
        let err = folder.url.appendingPathComponent("stderr-\(id)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }
        let process = Process()
        if let command = wrapper.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = wrapper.dropFirst() + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory.map { URL(fileURLWithPath: $0) } ?? packageRoot
        process.standardInput = input ?? FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "200"  // help text wrapped the same way everywhere
        process.environment = environment
        try process.run()
        return Running(process: process, out: out, err: err)
    }

    /// A started `agile` process.
    struct Running {
        let process: Process
        let out: URL
        let err: URL

        /// Waits for the process to end and returns what it printed.
        func wait() throws -> Result {
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus,
                stdout: try String(contentsOf: out, encoding: .utf8),
                stderr: try String(contentsOf: err, encoding: .utf8))
        }
    }
}

/// A scratch folder from which tests run `agile`, removed when the test is done.
final class TemporaryFolder: ScratchFolder {
    init() throws {
        try super.init(prefix: "agile-cli")
    }

    /// A store path of its own.
    var db: String { path("store.sqlite") }

    /// Runs `agile` with `arguments`.
    func agile(_ arguments: String...) throws -> CLI.Result {
        try CLI.run(arguments, in: self)
    }

    /// Runs `agile` with `arguments`.
    func agile(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(arguments, in: self)
    }
}
