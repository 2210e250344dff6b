// The method choices of one drawn replication, as small numbers: the key of its group's full run.

/// Which imputation, winsorisation limit, normalisation and aggregation a drawn replication
/// uses, as indices into the lists of its ``UncertaintyDesign`` (−1: the nominal choice; the
/// winsorisation limit as its value).
struct DrawnMethods: Hashable, Sendable {
    var imputation = -1
    var winmax = -1
    var normalisation = -1
    var aggregation = -1

    /// A number of its own for each choice of `design`, below ``codes(in:)``.
    func code(in design: UncertaintyDesign) -> Int {
        let winmaxes = design.winmax?.count ?? 0, low = design.winmax?.lowerBound ?? 0
        var code = imputation + 1
        code = code * (winmaxes + 1) + (winmax < 0 ? 0 : winmax - low + 1)
        code = code * (design.normalisations.count + 1) + normalisation + 1
        return code * (design.aggregations.count + 1) + aggregation + 1
    }

    /// How many codes the choices of `design` take.
    static func codes(in design: UncertaintyDesign) -> Int {
        (design.imputations.count + 1) * ((design.winmax?.count ?? 0) + 1) * (design.normalisations.count + 1) * (design.aggregations.count + 1)
    }

    /// The replication these choices stand for (nominal weights).
    func replication(in design: UncertaintyDesign) -> Replication {
        Replication(
            winmax: winmax < 0 ? nil : winmax,
            normalisation: normalisation < 0 ? nil : design.normalisations[normalisation],
            aggregation: aggregation < 0 ? nil : design.aggregations[aggregation],
            imputation: imputation < 0 ? nil : design.imputations[imputation])
    }
}
