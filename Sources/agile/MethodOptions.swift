// Method choices given on the command line, overriding the registry's method block.

import AgileCore
import ArgumentParser

/// `--impute`, `--treat`, `--normalise`, `--aggregate`: the method of a run, chosen on the
/// command line (for COINr tables, which carry no method, or to try a variant of a registry).
struct MethodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Imputation: none, mean, median, group-mean:COLUMN, latest-earlier.", valueName: "method"))
    var impute: String?

    @Option(help: ArgumentHelp("Outlier treatment: none, default (skew 2, kurtosis 3.5, winmax 5), winmax:N.", valueName: "method"))
    var treat: String?

    @Option(help: ArgumentHelp("Normalisation: minmax:L,U, zscore:M,S, rank, prank, distance-to-max, distance-to-target, goalposts:SCALE.", valueName: "method"))
    var normalise: String?

    @Option(help: ArgumentHelp("Aggregation: arithmetic, geometric, harmonic, generalised:P.", valueName: "method"))
    var aggregate: String?

    /// `method` with every choice given on the command line applied.
    func applied(to method: Method) throws -> Method {
        var method = method
        if let impute { method.imputation = try MethodOptions.imputation(impute) }
        if let treat { method.treatment = try MethodOptions.treatment(treat) }
        if let normalise { method.normalisation = try MethodOptions.normalisation(normalise) }
        if let aggregate {
            method.aggregation = try MethodOptions.aggregation(aggregate)
            method.aggregationByLevel = [:]
        }
        return method
    }

    /// Whether any choice was given.
    var isEmpty: Bool { impute == nil && treat == nil && normalise == nil && aggregate == nil }

    static func imputation(_ text: String) throws -> Imputation {
        let (name, argument) = split(text)
        switch (name, argument) {
        case ("none", nil): return .none
        case ("mean", nil): return .mean
        case ("median", nil): return .median
        case ("latest-earlier", nil): return .latestEarlier
        case let ("group-mean", column?) where !column.isEmpty: return .groupMean(grouping: column)
        default:
            throw ValidationError("--impute \(text): expected none, mean, median, group-mean:COLUMN or latest-earlier")
        }
    }

    static func treatment(_ text: String) throws -> Treatment {
        let (name, argument) = split(text)
        switch (name, argument) {
        case ("none", nil): return .none
        case ("default", nil): return .skewKurtosis(SkewKurtosisRule())
        case let ("winmax", count?):
            guard let winmax = Int(count), winmax >= 0 else {
                throw ValidationError("--treat \(text): the winsorisation limit must be a whole number ≥ 0")
            }
            return .skewKurtosis(SkewKurtosisRule(winmax: winmax))
        default:
            throw ValidationError("--treat \(text): expected none, default or winmax:N")
        }
    }

    static func normalisation(_ text: String) throws -> Normalisation {
        let (name, argument) = split(text)
        let numbers = try argument.map { try pair($0, option: "--normalise \(text)") }
        switch (name, numbers) {
        case ("minmax", nil): return .minMax(low: 0, high: 100)
        case let ("minmax", (low, high)?):
            guard low < high else { throw ValidationError("--normalise \(text): L must be below U") }
            return .minMax(low: low, high: high)
        case ("zscore", nil): return .zScore(mean: 0, sd: 1)
        case let ("zscore", (mean, sd)?):
            guard sd > 0 else { throw ValidationError("--normalise \(text): S must be positive") }
            return .zScore(mean: mean, sd: sd)
        case ("rank", nil): return .rank
        case ("prank", nil), ("percentile-rank", nil): return .percentileRank
        case ("distance-to-max", nil): return .distanceToMax
        case ("distance-to-target", nil): return .distanceToTarget
        case ("goalposts", nil): return .goalposts(scale: 100)
        default:
            if name == "goalposts", let argument, let scale = DecimalNumber.parse(argument), scale > 0 {
                return .goalposts(scale: scale)
            }
            throw ValidationError("--normalise \(text): expected minmax:L,U, zscore:M,S, rank, prank, distance-to-max, distance-to-target or goalposts:SCALE")
        }
    }

    static func aggregation(_ text: String) throws -> Aggregation {
        let (name, argument) = split(text)
        switch (name, argument) {
        case ("arithmetic", nil): return .arithmetic
        case ("geometric", nil): return .geometric
        case ("harmonic", nil): return .harmonic
        case let ("generalised", p?):
            guard let value = DecimalNumber.parse(p), value.isFinite else {
                throw ValidationError("--aggregate \(text): P must be a number")
            }
            return .generalised(p: value)
        default:
            throw ValidationError("--aggregate \(text): expected arithmetic, geometric, harmonic or generalised:P")
        }
    }

    private static func split(_ text: String) -> (String, String?) {
        guard let colon = text.firstIndex(of: ":") else { return (text.lowercased(), nil) }
        return (text[..<colon].lowercased(), String(text[text.index(after: colon)...]))
    }

    private static func pair(_ text: String, option: String) throws -> (Double, Double) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = DecimalNumber.parse(parts[0]), let second = DecimalNumber.parse(parts[1]) else {
            throw ValidationError("\(option): expected two numbers separated by a comma")
        }
        return (first, second)
    }
}
