// The uncertain inputs of an audit, declared on the command line.

import AgileCore
import AgileUseCases
import ArgumentParser

/// `--weights-factor`, `--levels`, `--impute-choices`, `--normalise-choices`,
/// `--aggregate-choices`, `--winmax-range`, `--seed`, `--threads`: what varies and how it is
/// sampled (``AuditDesignChoices``, whose defaults these are).
struct AuditDesignOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Multiply each weight of the perturbed levels by U(1−f, 1+f); 0 keeps the weights.", valueName: "f"))
    var weightsFactor: Double = AuditDesignChoices.defaultWeightsFactor

    @Option(help: ArgumentHelp("Draw the weights of each parent's children from a Dirichlet distribution with this concentration (instead of the uniform factor).", valueName: "c"))
    var dirichlet: Double?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("The levels whose weights vary (2 = the indicators' parents; default: every level between the indicators and the index).", valueName: "level"))
    var levels: [Int] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Imputations to choose from, as --impute takes them (e.g. mean median group-mean:EurAsia_group).", valueName: "method"), transform: Imputation.argument)
    var imputeChoices: [Imputation] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Normalisations to choose from, as --normalise takes them (e.g. minmax:1,100 zscore:10,2).", valueName: "method"), transform: Normalisation.argument)
    var normaliseChoices: [Normalisation] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Aggregations to choose from, as --aggregate takes them (e.g. arithmetic geometric).", valueName: "method"), transform: Aggregation.argument)
    var aggregateChoices: [Aggregation] = []

    @Option(help: ArgumentHelp("The range of the winsorisation limit, e.g. 1-5.", valueName: "low-high"), transform: WinmaxRange.argument)
    var winmaxRange: WinmaxRange?

    @Option(help: "The seed of the draws: the same seed gives the same result on any number of threads.")
    var seed: UInt64 = AuditDesignChoices.defaultSeed

    @Option(help: ArgumentHelp("Threads to run the replications on (default: all cores).", valueName: "n"))
    var threads: Int?

    func validate() throws {
        guard weightsFactor >= 0 && weightsFactor < 1 else { throw ValidationError("--weights-factor must be at least 0 and below 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let dirichlet, !(dirichlet > 0 && dirichlet.isFinite) { throw ValidationError("--dirichlet must be a positive number") }
    }

    /// The choices made.
    var choices: AuditDesignChoices {
        AuditDesignChoices(
            weightsFactor: weightsFactor, dirichlet: dirichlet, levels: levels, imputations: imputeChoices, normalisations: normaliseChoices,
            aggregations: aggregateChoices, winmaxRange: winmaxRange, seed: seed, threads: threads)
    }
}
