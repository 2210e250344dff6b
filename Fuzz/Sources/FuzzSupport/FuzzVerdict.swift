// What a reader did with a fuzz input, and the rule that only a clear error may stop it.

import AgileCore
import AgileIO

/// The outcome of reading one fuzz input.
public enum FuzzVerdict: Equatable, CustomStringConvertible {
    /// The reader accepted the input.
    case accepted
    /// The reader refused the input with an ``InputError`` pointing into the file.
    case refused(String)
    /// The reader threw something else, or an error without a place in the file.
    case unclear(String)

    /// Runs `body` on the file at `path` and sorts what it threw.
    ///
    /// A clear error is an ``InputError`` whose location is the input file at a line (≥ 1), or a
    /// ``RegistryError`` whose every problem starts with the file's name; anything else is unclear.
    public static func outcome(path: String, _ body: () throws -> Void) -> FuzzVerdict {
        do {
            try body()
            return .accepted
        } catch let error as InputError {
            guard error.location.file == path, error.location.line >= 1 else {
                return .unclear("InputError without a line of the input: \(error)")
            }
            return .refused(error.description)
        } catch let error as RegistryError {
            guard !error.problems.isEmpty, error.problems.allSatisfy({ $0.hasPrefix(path + ":") }) else {
                return .unclear("RegistryError with a problem that does not name the input: \(error)")
            }
            return .refused(error.description)
        } catch {
            return .unclear("\(type(of: error)): \(error)")
        }
    }

    /// Traps on an unclear outcome, so that libFuzzer records the input as a finding.
    public static func require(_ verdict: FuzzVerdict) {
        if case .unclear(let message) = verdict { fatalError("fuzz: unclear error: \(message)") }
    }

    public var description: String {
        switch self {
        case .accepted: "accepted"
        case .refused(let message): "refused: \(message)"
        case .unclear(let message): "unclear: \(message)"
        }
    }
}
