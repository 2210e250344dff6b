// `--pval P`: correlations not significant at P left out, as COINr's get_corr(pval = P).

import ArgumentParser

/// `--pval`: the significance level above which a correlation's p-value (two-sided t-test of
/// Pearson's r, n − 2 degrees of freedom, as R's `cor.test`) blanks it. Absent or 0: every r
/// is shown (COINr's `pval = 0`).
struct SignificanceOption: ParsableArguments {
    @Option(name: .customLong("pval"), help: ArgumentHelp("Leave out (NA) every correlation whose p-value (two-sided t-test of r, n − 2 degrees of freedom) is above P, as COINr's get_corr(pval = P); 0 keeps all (default: all).", valueName: "P"))
    var level: Double?

    func validate() throws {
        if let level, !(0...1).contains(level) {
            throw ValidationError("--pval takes a p-value from 0 (keep every correlation) to 1, such as 0.05; got \(level)")
        }
    }

    /// The level that masks, `nil` when nothing is masked.
    var masking: Double? { level.flatMap { $0 > 0 ? $0 : nil } }

    /// What the heading says of the masking, "" when none.
    var heading: String {
        masking.map { " Correlations with p > \($0) (two-sided t-test) left out." } ?? ""
    }
}
