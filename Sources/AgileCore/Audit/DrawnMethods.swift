// The method choices of one drawn replication, as small numbers: the key of its group's full run.

/// Which imputation, winsorisation limit, normalisation and aggregation a drawn replication
/// uses, as indices into the lists of its ``UncertaintyDesign`` (−1: the nominal choice; the
/// winsorisation limit as its value).
struct DrawnMethods: Hashable, Sendable {
    var imputation = -1
    var winmax = -1
    var normalisation = -1
    var aggregation = -1

    /// The replication these choices stand for (nominal weights).
    func replication(in design: UncertaintyDesign) -> Replication {
        Replication(
            winmax: winmax < 0 ? nil : winmax,
            normalisation: normalisation < 0 ? nil : design.normalisations[normalisation],
            aggregation: aggregation < 0 ? nil : design.aggregations[aggregation],
            imputation: imputation < 0 ? nil : design.imputations[imputation])
    }
}
