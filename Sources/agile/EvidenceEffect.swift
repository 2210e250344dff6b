// The lines `agile score` prints about what a registry's evidence-derived indicators change.

import AgileCore
import AgileUseCases

/// The lines `agile score` prints under the table when the framework derives indicators from
/// model-safety evidence: each country's rank and score with and without those indicators.
enum EvidenceEffect {
    /// The comparison, or `nil` when the framework derives nothing (or nothing is left without).
    static func lines(_ run: ScoredRun) throws -> [String]? {
        guard let effect = try run.evidenceEffect() else { return nil }
        let comparison = effect.comparison
        let count = effect.indicators.count
        var lines = ["", "Effect of the evidence-derived indicator\(count == 1 ? "" : "s") \(effect.indicators.joined(separator: ", ")) (experimental): this run against the same run without \(count == 1 ? "it" : "them")."]
        lines.append("Countries with a value: \(effect.countriesWithValue.isEmpty ? "none (no evidence for their domestic models in the store)" : effect.countriesWithValue.joined(separator: " ")).")
        let moved = comparison.rows.filter { $0.rankChange != 0 || abs($0.scoreChange) >= 0.005 }
        if moved.isEmpty {
            lines.append("No score or rank changes.")
        } else {
            lines.append("A: without, B: with. Mean absolute rank change \(AuditUncertainty.fixed(comparison.meanAbsoluteRankChange, 2)); countries that do not move are left out.")
            lines.append(AuditCompare.table(moved, names: CountryNames(catalog: run.countries, codes: run.scores.units)))
        }
        return lines
    }
}
