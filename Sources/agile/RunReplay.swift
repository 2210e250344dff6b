// What `--run ID` refuses beside it: a recorded run is replayed with its own registry, weights,
// method and vintages, so a choice of one's own would be silently ignored.

import ArgumentParser

enum RunReplay {
    /// Throws naming the first of the choices given beside `--run` (each `(given, name)`, in
    /// the order the message names them), or returns when none is.
    static func refuse(_ choices: [(given: Bool, name: String)]) throws {
        if let first = choices.first(where: \.given) {
            throw ValidationError("--run replays a recorded run with its own registry, weights, method and vintages: leave out \(first.name)")
        }
    }

    /// The weights, method and edition options, as `agile score` and `agile report` share them.
    static func choices(weights: WeightsOption, method: MethodOptions, edition: EditionOption) -> [(given: Bool, name: String)] {
        [(weights.weights != nil, "--weights"), (!weights.overrides.isEmpty, "--weight"), (!method.choices.isEmpty, "method options"),
         (edition.edition != nil, "--edition")]
    }
}
