// `agile audit`: uncertainty and sensitivity analyses, effective weights, leave-one-out and statistical coherence.

import ArgumentParser

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit the index: how robust its ranks are to the weights and method choices.",
        subcommands: [AuditUncertainty.self, AuditSensitivity.self, AuditCompare.self, AuditWeights.self, AuditRemove.self, AuditStats.self, AuditPCA.self, AuditAlpha.self, AuditOptimise.self]
    )
}
