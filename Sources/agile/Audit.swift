// `agile audit`: uncertainty and sensitivity analyses, effective weights and leave-one-out.

import ArgumentParser

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit the index: how robust its ranks are to the weights and method choices.",
        subcommands: [AuditUncertainty.self, AuditSensitivity.self, AuditCompare.self, AuditWeights.self, AuditRemove.self]
    )
}
