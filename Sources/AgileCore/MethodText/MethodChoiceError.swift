// Why a method choice written as text cannot be read: which choice, the text, what was expected.

/// The kinds of method choice that are written as text (on the command line, in a recorded run).
public enum MethodChoice: String, Hashable, Sendable, CaseIterable {
    case imputation
    case treatment
    case normalisation
    case aggregation
    /// The range of the winsorisation limit an uncertainty design draws from (`1-5`).
    case winmaxRange = "winsorisation range"
    /// The screening of units by missing data (`0.9`, `0.9,after-imputation`).
    case screening
    /// The choices of a run together, as a run records them (`normalise=minmax:1,100 aggregate=geometric`).
    case method

    /// Every form the choice takes, in words.
    public var forms: String {
        switch self {
        case .imputation: "none, mean, median, group-mean:COLUMN or latest-earlier"
        case .treatment: "none, default, winmax:N or skew-kurtosis:SKEW,KURTOSIS,N[,no-log]"
        case .normalisation: "minmax:L,U, zscore:M,S, rank, prank, distance-to-max, distance-to-target or goalposts[:SCALE]"
        case .aggregation: "arithmetic, geometric, harmonic or generalised:P"
        case .winmaxRange: "two whole numbers low-high, e.g. 1-5"
        case .screening: "MIN or MIN,after-imputation, MIN a share from 0 to 1"
        case .method: "impute=…, treat=…, normalise=… or aggregate=…, separated by spaces"
        }
    }
}

/// A method choice that cannot be read from its text.
///
/// ```swift
/// do { _ = try Normalisation(parsing: "minmax:0,1e309") } catch {
///     error // .notFinite(.normalisation, text: "minmax:0,1e309", parameter: "U", expected: "minmax:L,U with L and U finite")
///     error.reason // "U is not a finite number; expected minmax:L,U with L and U finite"
/// }
/// ```
public enum MethodChoiceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text names no form of the choice.
    case unknown(MethodChoice, text: String)
    /// The method is known but its parameters are not in the form it takes.
    case malformed(MethodChoice, text: String, expected: String)
    /// A parameter is not a finite number, or a number the method computes from it overflows.
    case notFinite(MethodChoice, text: String, parameter: String, expected: String)
    /// A parameter is a number outside the range the method accepts.
    case outOfRange(MethodChoice, text: String, parameter: String, expected: String)

    /// Which choice the text was read as.
    public var choice: MethodChoice {
        switch self {
        case .unknown(let choice, _), .malformed(let choice, _, _), .notFinite(let choice, _, _, _), .outOfRange(let choice, _, _, _): choice
        }
    }

    /// The text as it was given.
    public var text: String {
        switch self {
        case .unknown(_, let text), .malformed(_, let text, _), .notFinite(_, let text, _, _), .outOfRange(_, let text, _, _): text
        }
    }

    /// What was expected instead.
    public var expected: String {
        switch self {
        case .unknown(let choice, _): choice.forms
        case .malformed(_, _, let expected), .notFinite(_, _, _, let expected), .outOfRange(_, _, _, let expected): expected
        }
    }

    /// What is wrong with the text, and what was expected (without the text itself).
    public var reason: String {
        switch self {
        case .unknown: "is not one of its forms; expected \(expected)"
        case .malformed: "expected \(expected)"
        case .notFinite(_, _, let parameter, _): "\(parameter) is not a finite number; expected \(expected)"
        case .outOfRange(_, _, let parameter, _): "\(parameter) is out of range; expected \(expected)"
        }
    }

    /// `normalisation "minmax:0,1e309": U is not a finite number; expected …`.
    public var description: String {
        "\(choice.rawValue) \"\(InputError.printable(text))\": \(reason)"
    }
}
