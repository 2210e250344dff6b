// Runs libFuzzer on a reader: the input goes to a file, and only a clear error may stop the reader.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CFuzzDriver

/// The body of a fuzz target: a reader run on the file holding one input.
///
/// A target's `main.swift` is one call:
///
/// ```swift
/// FuzzTarget.run { path in _ = try CountryXMLReader().read(path: path, check: FuzzProject.check) { _ in } }
/// ```
///
/// libFuzzer then calls the body on each input it makes; the body traps (a finding) unless it
/// returns or throws a clear error (see ``FuzzVerdict``).
public enum FuzzTarget {
    /// The file each input is written to (readers take a path): in `/dev/shm` when there is one,
    /// one per process.
    public static let path: String = {
        let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        return "\(folder)/agile-fuzz-\(getpid()).input"
    }()

    /// What libFuzzer calls on each input; set once by ``run(_:)`` before the driver starts.
    nonisolated(unsafe) static var body: (String) -> Void = { _ in }

    /// Fuzzes `body` (a reader on the file at the given path) with libFuzzer's command line.
    public static func run(_ body: @escaping (String) throws -> Void) -> Never {
        self.body = { path in FuzzVerdict.require(FuzzVerdict.outcome(path: path) { try body(path) }) }
        drive()
    }

    /// Fuzzes `body` once per chunk size on each input, and traps unless every chunk size gives
    /// the same outcome (a reader's result must not depend on where its chunks end).
    public static func run(chunkSizes: [Int], _ body: @escaping (String, Int) throws -> Void) -> Never {
        self.body = { path in
            var first: FuzzVerdict?
            for chunkSize in chunkSizes {
                let outcome = FuzzVerdict.outcome(path: path) { try body(path, chunkSize) }
                FuzzVerdict.require(outcome)
                if let first, first != outcome {
                    fatalError("fuzz: chunks of \(chunkSizes[0]) bytes gave \(first); chunks of \(chunkSize) bytes gave \(outcome)")
                }
                first = first ?? outcome
            }
        }
        drive()
    }

    private static func drive() -> Never {
        // libFuzzer ends the process itself when its time is up: remove the input file then.
        atexit { _ = unlink(FuzzTarget.path) }
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzTarget.write(data, size)
            FuzzTarget.body(FuzzTarget.path)
            return 0
        }
        unlink(path)
        exit(status)
    }

    /// Replaces the content of ``path`` with the input.
    static func write(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { fatalError("fuzz: cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard let data else { return }
        var written = 0
        while written < size {
            let n = Glibc.write(fd, data + written, size - written)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { fatalError("fuzz: cannot write \(path): \(String(cString: strerror(errno)))") }
            written += n
        }
    }
}

/// libFuzzer's default entry point, required by its runtime; unused, as ``FuzzTarget/run(_:)``
/// passes the same work to `LLVMFuzzerRunDriver`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.write(data, size)
    FuzzTarget.body(FuzzTarget.path)
    return 0
}
