// What the audit page's statistical-coherence section shows, computed beforehand.

import AgileCore

/// The statistical coherence of a run: a PCA and Cronbach's alpha of every aggregate's
/// children, and the top level's weights optimised (balance) towards their declared shares.
public struct CoherenceResults: Sendable {
    /// One PCA and one alpha per aggregate, the pipeline's order (level by level from 2 up).
    public var components: [GroupPCA]
    public var alphas: [CronbachAlpha]
    /// The weights of the level under the index optimised towards their declared shares (`nil`
    /// when the search failed or the level has a single node).
    public var optimised: OptimisedWeights?

    public init(components: [GroupPCA], alphas: [CronbachAlpha], optimised: OptimisedWeights?) {
        self.components = components
        self.alphas = alphas
        self.optimised = optimised
    }

    /// The coherence of the nominal run of `model`, its top level optimised to convergence.
    public init(model: AuditModel) {
        let groups = CoherenceGroup.all(pipeline: model.pipeline, scores: model.nominal)
        components = groups.map(GroupPCA.init)
        alphas = groups.map(CronbachAlpha.init)
        let top = (model.pipeline.levels.max() ?? 2) - 1
        let shares = model.pipeline.indexShares
        let nodes = model.pipeline.levels.indices.filter { model.pipeline.levels[$0] == top }
        optimised = nodes.count < 2 ? nil : try? OptimisedWeights(WeightObjective(
            pipeline: model.pipeline, scores: model.nominal, level: top, type: .balance, targets: nodes.map { shares[$0] }))
    }
}
