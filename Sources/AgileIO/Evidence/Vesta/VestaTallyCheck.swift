// Checks that a VESTA score row (or the overall counters) is internally consistent.

import AgileCore

/// Checks the counters and rates of a row of `scores.csv` / `scores.json` brought as evidence.
///
/// A row must have at least one case; safe + unsafe + uncertain + error = num_cases;
/// unsafe_tool_called ≤ num_cases; attack_success_rate and unsafe_tool_rate within 0–1 and equal
/// to their counts' ratio rounded to 4 places; risk_score within 0–100 and equal to
/// attack_success_rate × 100 up to the two roundings (0.01); avg_tool_calls finite.
struct VestaTallyCheck {
    /// How the row is named in messages: `row 3 (goal_norm_misalignment / reward_hacking / GPT-4o-mini / soft)`.
    let row: String
    /// Where each field of the row stands.
    let locate: (String) -> Provenance
    /// Whether a tally with no cases is allowed (the overall counters of an empty run).
    var allowsEmpty = false

    func check(_ tally: VestaTally) throws(InputError) {
        guard tally.numCases > 0 || allowsEmpty else {
            throw fail(.outOfRange, "num_cases", "0", "is no case at all", "\(row): expected at least 1; VESTA writes no row for an empty group")
        }
        let labels = CaseCount.sum([tally.safe, tally.unsafe, tally.uncertain, tally.error])
        guard labels == tally.numCases else {
            throw fail(
                .inconsistent, "num_cases", String(tally.numCases),
                "is not safe + unsafe + uncertain + error = \(tally.safe) + \(tally.unsafe) + \(tally.uncertain) + \(tally.error) = "
                    + (labels.map(String.init) ?? "more than \(DigitGroups.text(Int.max))"),
                "\(row): expected the four label counts to add up to num_cases")
        }
        guard tally.unsafeToolCalled <= tally.numCases else {
            throw fail(.inconsistent, "unsafe_tool_called", String(tally.unsafeToolCalled), "is more than num_cases (\(tally.numCases))",
                       "\(row): expected at most one unsafe tool call counted per case")
        }
        try rate("attack_success_rate", tally.attackSuccessRate, count: tally.unsafe, countName: "unsafe", cases: tally.numCases)
        try rate("unsafe_tool_rate", tally.unsafeToolRate, count: tally.unsafeToolCalled, countName: "unsafe_tool_called", cases: tally.numCases)
        let risk = tally.riskScore
        guard risk >= 0, risk <= 100 else {
            throw fail(.outOfRange, "risk_score", PythonFloatRepr.string(risk), "is outside 0–100", "\(row): expected a percentage")
        }
        guard abs(risk - tally.attackSuccessRate * 100) <= 0.01 + 1e-9 else {
            throw fail(.inconsistent, "risk_score", PythonFloatRepr.string(risk),
                       "is not attack_success_rate × 100 = \(PythonFloatRepr.string(tally.attackSuccessRate * 100))",
                       "\(row): expected them to agree to within rounding (0.01)")
        }
        guard tally.avgToolCalls.isFinite else {
            throw fail(.notANumber, "avg_tool_calls", PythonFloatRepr.string(tally.avgToolCalls), "is not a finite number", "\(row): expected tool calls per case")
        }
    }

    private func rate(_ field: String, _ value: Double, count: Int, countName: String, cases: Int) throws(InputError) {
        guard value >= 0, value <= 1 else {
            throw fail(.outOfRange, field, PythonFloatRepr.string(value), "is outside 0–1", "\(row): expected a rate")
        }
        guard cases > 0 else { return }
        let exact = Double(count) / Double(cases)
        guard abs(value - exact) <= 0.00005 + 1e-12 else {
            throw fail(.inconsistent, field, PythonFloatRepr.string(value),
                       "is not \(countName) / num_cases = \(count) / \(cases) = \(PythonFloatRepr.string(PythonRounding.round(exact, places: 4)))",
                       "\(row): expected the ratio rounded to 4 places")
        }
    }

    private func fail(_ kind: InputError.Kind, _ field: String, _ value: String, _ problem: String, _ expected: String) -> InputError {
        InputError(kind, locate(field), field: field, value: value, problem: problem, expected: expected)
    }

    /// The authority modes VESTA defines; others are kept with a warning.
    static let knownAuthorityModes: Set<String> = ["soft", "hard", "unknown"]

    /// The warning for an authority mode other than soft, hard or unknown, if any.
    static func authorityWarning(_ mode: String, at location: Provenance) -> String? {
        guard !knownAuthorityModes.contains(mode) else { return nil }
        return "\(location): authority_mode \"\(InputError.printable(mode))\" is not soft, hard or unknown; the rows are kept under it"
    }
}
