// The benchmarks' few command-line options: `--name N` numbers and `--flag` switches.

/// The benchmark's own command line.
public struct BenchmarkArguments: Sendable {
    /// The arguments after the program name.
    public let words: [String]

    /// The process's arguments.
    public init(_ words: [String] = Array(CommandLine.arguments.dropFirst())) {
        self.words = words
    }

    /// The number after `name`, or `value` when it is absent or not a whole number
    /// (`--reps 5` → 5).
    public func number(_ name: String, default value: Int) -> Int {
        guard let index = words.firstIndex(of: name), index + 1 < words.count, let number = Int(words[index + 1]) else {
            return value
        }
        return number
    }

    /// Whether the switch `name` (e.g. `--no-peer`) is given.
    public func has(_ name: String) -> Bool {
        words.contains(name)
    }
}
