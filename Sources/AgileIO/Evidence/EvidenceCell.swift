// The key of one benchmark result: what a file may give only one value for.

import AgileCore

/// Benchmark, model, country, dimension, sub-dimension, context and metric of a record.
struct EvidenceCell: Hashable, CustomStringConvertible {
    var benchmark, model, country, dimension, subDimension, context, metric: String

    init(_ record: EvidenceRecord) {
        benchmark = record.benchmark
        model = record.model
        country = record.country
        dimension = record.dimension
        subDimension = record.subDimension
        context = record.context
        metric = record.metric
    }

    var description: String {
        [benchmark, model, country, dimension, subDimension, context, metric].filter { !$0.isEmpty }.joined(separator: " / ")
    }
}
