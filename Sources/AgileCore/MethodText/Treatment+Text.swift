// Outlier treatment written as text: `none`, `default`, `winmax:N`, `skew-kurtosis:S,K,N[,no-log]`.

extension SkewKurtosisRule {
    /// The largest winsorisation limit accepted (more points than any index has units).
    public static let maximumWinmax = 100_000
}

extension Treatment: MethodChoiceText {
    /// Reads `none`, `default` (skew 2, kurtosis 3.5, winmax 5, log fallback), `winmax:N` (the
    /// default rule with limit N) or `skew-kurtosis:SKEW,KURTOSIS,N` (`,no-log` without the
    /// log fallback). N is a whole number 0–100,000; SKEW and KURTOSIS finite.
    public init(parsing text: String) throws(MethodChoiceError) {
        let (name, parameters) = MethodText.split(text)
        switch (name, parameters) {
        case ("none", nil): self = .none
        case ("default", nil): self = .skewKurtosis(SkewKurtosisRule())
        case ("winmax", let count?):
            self = .skewKurtosis(SkewKurtosisRule(winmax: try Self.winmax(Substring(count), text: text, form: "winmax:N")))
        case ("skew-kurtosis", let rule?):
            let form = "skew-kurtosis:SKEW,KURTOSIS,N[,no-log]"
            var parts = rule.split(separator: ",", omittingEmptySubsequences: false)
            let logFallback = parts.last != "no-log"
            if !logFallback { parts.removeLast() }
            guard parts.count == 3 else { throw .malformed(.treatment, text: text, expected: "\(form): two numbers and a whole number") }
            let bounds = try MethodText.numbers(parts[0...1].joined(separator: ","), names: ["SKEW", "KURTOSIS"], choice: .treatment, text: text, form: form)
            let winmax = try Self.winmax(parts[2], text: text, form: form)
            self = .skewKurtosis(SkewKurtosisRule(skew: bounds[0], kurtosis: bounds[1], winmax: winmax, logFallback: logFallback))
        case ("winmax", nil), ("skew-kurtosis", nil):
            throw .malformed(.treatment, text: text, expected: name == "winmax" ? "winmax:N, the winsorisation limit" : "skew-kurtosis:SKEW,KURTOSIS,N[,no-log]")
        default:
            throw .unknown(.treatment, text: text)
        }
    }

    /// The canonical text: `none`, `default`, `winmax:3` (the default rule with another
    /// limit), or `skew-kurtosis:2,4,5,no-log` for any other rule.
    public var description: String {
        switch self {
        case .none: return "none"
        case .skewKurtosis(let rule):
            var standard = SkewKurtosisRule()
            if rule == standard { return "default" }
            standard.winmax = rule.winmax
            if rule == standard { return "winmax:\(rule.winmax)" }
            return "skew-kurtosis:\(MethodText.number(rule.skew)),\(MethodText.number(rule.kurtosis)),\(rule.winmax)" + (rule.logFallback ? "" : ",no-log")
        }
    }

    private static func winmax(_ count: Substring, text: String, form: String) throws(MethodChoiceError) -> Int {
        try MethodText.whole(
            count, maximum: SkewKurtosisRule.maximumWinmax, parameter: "N", choice: .treatment, whole: text,
            expected: "\(form) with N a whole number 0–\(DigitGroups.text(SkewKurtosisRule.maximumWinmax))")
    }
}
