// `agile evidence`: model-safety evidence from the benchmarks (VESTA's scorer, for now).

import ArgumentParser

struct Evidence: ParsableCommand {
    /// The subcommands of `agile evidence`; add new ones here.
    static let subcommands: [any ParsableCommand.Type] = [EvidenceVestaScore.self]

    static let configuration = CommandConfiguration(
        abstract: "Model-safety evidence: VESTA, MVPBench and SciRisk-Bench results.",
        subcommands: subcommands
    )
}
