// Method choices given on the command line, overriding the registry's method block.

import AgileCore
import ArgumentParser

/// `--impute`, `--treat`, `--normalise`, `--aggregate`: the method of a run, chosen on the
/// command line (for COINr tables, which carry no method, or to try a variant of a registry).
struct MethodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Imputation: none, mean, median, group-mean:COLUMN, latest-earlier.", valueName: "method"), transform: Imputation.argument)
    var impute: Imputation?

    @Option(help: ArgumentHelp("Outlier treatment: none, default (skew 2, kurtosis 3.5, winmax 5), winmax:N, skew-kurtosis:SKEW,KURTOSIS,N[,no-log].", valueName: "method"), transform: Treatment.argument)
    var treat: Treatment?

    @Option(help: ArgumentHelp("Normalisation: minmax:L,U, zscore:M,S, rank, prank, distance-to-max, distance-to-target, goalposts:SCALE.", valueName: "method"), transform: Normalisation.argument)
    var normalise: Normalisation?

    @Option(help: ArgumentHelp("Aggregation: arithmetic, geometric, harmonic, generalised:P.", valueName: "method"), transform: Aggregation.argument)
    var aggregate: Aggregation?

    /// The choices given.
    var choices: MethodChoices {
        MethodChoices(imputation: impute, treatment: treat, normalisation: normalise, aggregation: aggregate)
    }
}
