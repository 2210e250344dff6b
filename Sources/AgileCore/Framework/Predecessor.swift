// What a registry declares about the edition it revises: the predecessor's file and what it drops.

/// The previous edition a registry names in `<lineage predecessor="…">`, and the predecessor's
/// indicators and aggregates this edition drops. The rest of the lineage is declared on the
/// nodes themselves (``Indicator/revises``, ``Aggregate/merges``); ``EditionLineage`` puts the
/// two editions side by side.
///
/// ```xml
/// <lineage predecessor="agile-2024.xml">
///   <dropped id="I10" reason="year-on-year growth of small counts is too volatile"/>
/// </lineage>
/// ```
public struct Predecessor: Hashable, Sendable {
    /// The predecessor's registry as written: a file name (or relative path) taken from the
    /// folder of the registry that names it.
    public var file: String
    /// The predecessor's nodes this edition no longer has, each with its reason.
    public var dropped: [DroppedNode]
    /// Where `<lineage>` is declared.
    public var provenance: Provenance?

    public init(file: String, dropped: [DroppedNode] = [], provenance: Provenance? = nil) {
        self.file = file
        self.dropped = dropped
        self.provenance = provenance
    }
}

/// An indicator or aggregate of the predecessor edition that an edition drops.
public struct DroppedNode: Hashable, Sendable {
    /// The id in the predecessor edition.
    public var id: String
    /// Why the edition drops it, as the registry says.
    public var reason: String
    /// Where `<dropped>` is declared.
    public var provenance: Provenance?

    public init(id: String, reason: String, provenance: Provenance? = nil) {
        self.id = id
        self.reason = reason
        self.provenance = provenance
    }
}

extension Framework {
    /// What the lineage declarations must satisfy before the predecessor is read: a registry
    /// with `revises`, `merges` or `<dropped>` names a predecessor, a predecessor id is
    /// accounted for once, and an id this edition still declares is neither revised, merged
    /// nor dropped (it continues). The publication date is not before the data window ends.
    func declaredLineageProblems() -> [FrameworkProblem] {
        var problems: [FrameworkProblem] = []
        if let date = publicationDate, let year = Int(date.prefix(4)), year < years.upperBound {
            problems.append(FrameworkProblem("the publication date \(date) is before the end of the data window \(years.lowerBound)–\(years.upperBound)", at: nil))
        }
        var declared: [String: Provenance?] = [:]
        for indicator in indicators { declared[indicator.id] = indicator.provenance }
        for aggregate in aggregates { declared[aggregate.id] = aggregate.provenance }
        // Every claim on a predecessor id: what makes it, and where.
        var claims: [(id: String, claim: String, location: Provenance?)] = []
        for indicator in indicators {
            if let old = indicator.revises { claims.append((old, "revised by '\(indicator.id)'", indicator.provenance)) }
        }
        for aggregate in aggregates {
            for old in aggregate.merges { claims.append((old, "merged into '\(aggregate.id)'", aggregate.provenance)) }
        }
        for node in predecessor?.dropped ?? [] { claims.append((node.id, "dropped", node.provenance)) }
        if predecessor == nil, let first = claims.first {
            problems.append(FrameworkProblem("'\(first.id)' is \(first.claim), but the registry names no predecessor; expected <lineage predecessor=\"…\"/> naming the registry of the previous edition", at: first.location))
        }
        var firstClaim: [String: (claim: String, location: Provenance?)] = [:]
        for (id, claim, location) in claims {
            if let place = declared[id] {
                let line = place.map { " (line \($0.line))" } ?? ""
                problems.append(FrameworkProblem("'\(id)' is \(claim), but this edition still declares '\(id)'\(line); expected a predecessor id this edition no longer has (a node that keeps its id continues)", at: location))
            } else if let earlier = firstClaim[id] {
                let line = earlier.location.map { " at line \($0.line)" } ?? ""
                problems.append(FrameworkProblem("'\(id)' is \(claim), but it is already \(earlier.claim)\(line); expected each predecessor id to be revised, merged or dropped once", at: location))
            } else {
                firstClaim[id] = (claim, location)
            }
        }
        return problems
    }
}
