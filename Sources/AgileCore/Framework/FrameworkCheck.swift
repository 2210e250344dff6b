// Semantic checks of a framework that a schema cannot express.

/// One problem found in a framework, with the place it was declared (when known).
public struct FrameworkProblem: Hashable, Sendable, CustomStringConvertible {
    public var location: Provenance?
    public var message: String

    public init(_ message: String, at location: Provenance?) {
        self.location = location
        self.message = message
    }

    public var description: String {
        location.map { "\($0): \(message)" } ?? message
    }
}

extension Framework {
    /// Checks what an XSD cannot: unique ids, parents that exist and sit one level up, positive
    /// weights, no empty aggregate, a single root, scales consistent with types, weight sets and
    /// the method naming existing nodes, participants and reference countries that are valid
    /// countries (a reference country not also scored), lineage declarations that hold
    /// without the predecessor (see ``Predecessor``).
    ///
    /// - Parameter countries: the catalog participants are checked against, if given.
    /// - Returns: every problem found, in declaration order (empty when the framework is sound).
    public func problems(countries: CountryCatalog? = nil) -> [FrameworkProblem] {
        var problems: [FrameworkProblem] = []
        var seen: [String: Provenance?] = [:]
        func claim(_ id: String, _ location: Provenance?) {
            if let first = seen[id] {
                let previous = first.map { " (first declared at \($0))" } ?? ""
                problems.append(FrameworkProblem("id '\(id)' is declared twice\(previous)", at: location))
            } else {
                seen[id] = location
            }
        }
        for aggregate in aggregates { claim(aggregate.id, aggregate.provenance) }
        for indicator in indicators { claim(indicator.id, indicator.provenance) }
        for denominator in denominators { claim(denominator.id, nil) }

        let byID = Dictionary(aggregates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let roots = aggregates.filter { $0.parent == nil }
        if roots.count != 1 {
            problems.append(FrameworkProblem("the framework needs exactly one root aggregate, found \(roots.count)", at: nil))
        }
        for aggregate in aggregates {
            if let parent = aggregate.parent {
                if let parentNode = byID[parent] {
                    if parentNode.level != aggregate.level + 1 {
                        problems.append(FrameworkProblem("'\(aggregate.id)' (level \(aggregate.level)) has parent '\(parent)' at level \(parentNode.level); expected level \(aggregate.level + 1)", at: aggregate.provenance))
                    }
                } else {
                    problems.append(FrameworkProblem("'\(aggregate.id)' names parent '\(parent)', which is not declared", at: aggregate.provenance))
                }
            }
            if !(aggregate.weight > 0) || !aggregate.weight.isFinite {
                problems.append(FrameworkProblem("'\(aggregate.id)' has weight \(aggregate.weight); weights must be > 0", at: aggregate.provenance))
            }
        }
        let parentsOfIndicators = Set(indicators.map(\.parent))
        let parentsOfAggregates = Set(aggregates.compactMap(\.parent))
        for aggregate in aggregates where !parentsOfIndicators.contains(aggregate.id) && !parentsOfAggregates.contains(aggregate.id) {
            problems.append(FrameworkProblem("'\(aggregate.id)' has no indicator or child aggregate", at: aggregate.provenance))
        }
        let denominatorIDs = Set(denominators.map(\.id))
        for indicator in indicators {
            if let parent = byID[indicator.parent] {
                if parent.level != 2 {
                    problems.append(FrameworkProblem("indicator '\(indicator.id)' has parent '\(indicator.parent)' at level \(parent.level); indicators sit under level 2", at: indicator.provenance))
                }
            } else {
                problems.append(FrameworkProblem("indicator '\(indicator.id)' names parent '\(indicator.parent)', which is not declared", at: indicator.provenance))
            }
            if !(indicator.weight > 0) || !indicator.weight.isFinite {
                problems.append(FrameworkProblem("indicator '\(indicator.id)' has weight \(indicator.weight); weights must be > 0", at: indicator.provenance))
            }
            if let denominator = indicator.denominator, !denominatorIDs.contains(denominator) {
                problems.append(FrameworkProblem("indicator '\(indicator.id)' names denominator '\(denominator)', which is not declared", at: indicator.provenance))
            }
            if let message = indicator.scaleProblem() {
                problems.append(FrameworkProblem("indicator '\(indicator.id)': \(message)", at: indicator.provenance))
            }
        }
        var codeOwners: [SourceCode: String] = [:]
        for indicator in indicators {
            for code in indicator.sourceCodes {
                if let owner = codeOwners[code] {
                    problems.append(FrameworkProblem("source code \(code.system) '\(code.code)' is mapped to both '\(owner)' and '\(indicator.id)'", at: indicator.provenance))
                } else {
                    codeOwners[code] = indicator.id
                }
            }
        }
        for set in weightSets {
            for (node, weight) in set.weights.sorted(by: { $0.key < $1.key }) {
                if seen[node] == nil {
                    problems.append(FrameworkProblem("weight set '\(set.id)' names '\(node)', which is not declared", at: set.provenance))
                }
                if !(weight > 0) || !weight.isFinite {
                    problems.append(FrameworkProblem("weight set '\(set.id)' gives '\(node)' weight \(weight); weights must be > 0", at: set.provenance))
                }
            }
        }
        if Set(weightSets.map(\.id)).count != weightSets.count {
            problems.append(FrameworkProblem("two weight sets share an id", at: nil))
        }
        if let match = method.match {
            for node in match.development + match.governance where byID[node] == nil {
                problems.append(FrameworkProblem("the development–governance match names '\(node)', which is not an aggregate", at: nil))
            }
        }
        var participantCodes: Set<String> = []
        for participant in participants {
            if !participantCodes.insert(participant.code).inserted {
                problems.append(FrameworkProblem("country '\(participant.code)' is listed twice", at: participant.provenance))
            }
            if let countries, countries[alpha3: participant.code] == nil {
                problems.append(FrameworkProblem("country '\(participant.code)' is not an ISO 3166-1 alpha-3 code", at: participant.provenance))
            }
        }
        var referenceCodes: Set<String> = []
        for reference in referenceCountries {
            if participantCodes.contains(reference.code) {
                problems.append(FrameworkProblem("country '\(reference.code)' is both scored and listed for reference", at: reference.provenance))
            } else if !referenceCodes.insert(reference.code).inserted {
                problems.append(FrameworkProblem("reference country '\(reference.code)' is listed twice", at: reference.provenance))
            }
            if let countries, countries[alpha3: reference.code] == nil {
                problems.append(FrameworkProblem("reference country '\(reference.code)' is not an ISO 3166-1 alpha-3 code", at: reference.provenance))
            }
        }
        if years.lowerBound > edition || years.upperBound > edition {
            problems.append(FrameworkProblem("the year window \(years.lowerBound)–\(years.upperBound) reaches past the edition \(edition)", at: nil))
        }
        problems += declaredLineageProblems()
        return problems
    }
}

extension Indicator {
    /// Why this indicator's scale does not fit its type, or `nil` when it does.
    func scaleProblem() -> String? {
        let lo = scale.minimum, hi = scale.maximum
        if let lo, let hi, !(lo < hi) { return "scale minimum \(Scale.format(lo)) is not below maximum \(Scale.format(hi))" }
        switch type {
        case .percent:
            if lo != 0 || hi != 100 { return "a percent indicator has the scale 0–100" }
        case .binary:
            if lo != 0 || hi != 1 || !scale.integer { return "a binary indicator has the scale 0–1" }
        case .count:
            if lo == nil || lo! < 0 { return "a count indicator needs a minimum of 0 or more" }
        case .index:
            break
        case .ordinal:
            guard let lo, let hi, lo.rounded() == lo, hi.rounded() == hi, scale.integer else {
                return "an ordinal indicator needs whole-number minimum and maximum"
            }
            if !scale.levels.isEmpty {
                let values = scale.levels.map { Double($0.value) }
                if values != Array(stride(from: lo, through: hi, by: 1)) {
                    return "the levels of an ordinal scale must be \(Scale.format(lo)) to \(Scale.format(hi)), one each, in order"
                }
            }
        }
        if (transform == .log1p), let lo, lo < 0 {
            return "log1p needs values ≥ 0, but the scale starts at \(Scale.format(lo))"
        }
        if overrides.normalisation == .distanceToTarget, overrides.target == nil {
            return "distance-to-target normalisation needs a target"
        }
        return nil
    }
}
