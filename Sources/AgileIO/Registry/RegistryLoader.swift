// Loads a framework registry: XSD validation with libxml2, then the semantic checks.

import AgileCore

/// A registry that failed to load: every problem found, each with its file and line.
public struct RegistryError: Error, CustomStringConvertible {
    public var problems: [String]

    public init(_ problems: [String]) { self.problems = problems }

    public var description: String { problems.joined(separator: "\n") }
}

/// Reads `Indicators/agile-2024.xml` and files like it into a ``Framework``.
///
/// Loading is strict: the file is validated against `framework.xsd` (the one beside the
/// registry, else the built-in copy, or the one given), then checked for what a schema cannot
/// say (unique ids, parents, weights, scales, countries). Every problem names the file and line.
///
/// ```swift
/// let framework = try RegistryLoader(countries: catalog).load(path: "Indicators/agile-2024.xml")
/// ```
public struct RegistryLoader {
    /// The namespace of registry files.
    public static let namespace = "urn:agile-index:framework:1"

    public var countries: CountryCatalog?
    /// The schema to validate against; by default `framework.xsd` beside the registry, else the
    /// built-in copy.
    public var schemaPath: String?

    public init(countries: CountryCatalog? = nil, schemaPath: String? = nil) {
        self.countries = countries
        self.schemaPath = schemaPath
    }

    /// The schema used for a registry at `path` when none is given: `framework.xsd` beside it,
    /// else the built-in copy.
    public static func defaultSchema(for path: String) -> RegistryCompanion {
        RegistryCompanion(.frameworkSchema, of: path)
    }

    /// Loads and checks the registry at `path`.
    /// - Throws: ``InputError`` for a file that is not well-formed or not valid against the
    ///   schema; ``RegistryError`` listing every semantic problem.
    public func load(path: String) throws -> Framework {
        try load(XMLTree(path: path), path: path, schemaFor: path)
    }

    /// Loads and checks a registry held in memory (the content the store kept with a run):
    /// `name` stands for its path in errors, and the schema is the one for a registry at
    /// `registryPath` (unless ``schemaPath`` is given).
    /// - Throws: as ``load(path:)``.
    public func load(bytes: [UInt8], name: String, schemaFor registryPath: String) throws -> Framework {
        try load(XMLTree(bytes: bytes, file: name), path: name, schemaFor: registryPath)
    }

    private func load(_ tree: XMLTree, path: String, schemaFor registryPath: String) throws -> Framework {
        if let schemaPath {
            try tree.validate(schemaPath: schemaPath)
        } else {
            try tree.validate(schema: RegistryLoader.defaultSchema(for: registryPath))
        }
        guard let root = tree.root else {
            throw InputError(.structure, Provenance(file: path, line: 1), problem: "has no root element")
        }
        let framework = try RegistryLoader.framework(from: root)
        let problems = framework.problems(countries: countries)
        if !problems.isEmpty {
            throw RegistryError(problems.map { problem in
                problem.location == nil ? "\(path): \(problem.message)" : problem.description
            })
        }
        return framework
    }

    private static func number(_ element: XMLTreeElement, _ name: String) throws(InputError) -> Double? {
        guard let text = element.attribute(name) else { return nil }
        switch text {
        case "INF": return .infinity
        case "-INF": return -.infinity
        default:
            guard let value = DecimalNumber.parse(text) else {
                throw InputError(.notANumber, element.location, field: name, value: text, problem: "is not a number")
            }
            return value
        }
    }

    private static func framework(from root: XMLTreeElement) throws -> Framework {
        let edition = Int(root.attribute("edition") ?? "") ?? 0
        let years = root.child("years")!
        let from = Int(years.attribute("from") ?? "") ?? edition
        let to = Int(years.attribute("to") ?? "") ?? edition
        guard from <= to else {
            throw InputError(.inconsistent, years.location, field: "years", value: "\(from)–\(to)", problem: "is an empty year window", expected: "expected from ≤ to")
        }
        let index = root.child("index")!
        let indexID = index.attribute("id")!
        var aggregates = [Aggregate(id: indexID, name: index.child("name")!.text, level: 4, parent: nil,
                                    definition: index.child("definition")?.text ?? "", provenance: index.location)]
        var indicators: [Indicator] = []
        for pillar in index.children("pillar") {
            let pillarID = pillar.attribute("id")!
            aggregates.append(Aggregate(
                id: pillarID, name: pillar.child("name")!.text, level: 3, parent: indexID,
                weight: try number(pillar, "weight") ?? 1,
                definition: pillar.child("definition")?.text ?? "", provenance: pillar.location))
            for dimension in pillar.children("dimension") {
                let dimensionID = dimension.attribute("id")!
                aggregates.append(Aggregate(
                    id: dimensionID, name: dimension.child("name")!.text, level: 2, parent: pillarID,
                    weight: try number(dimension, "weight") ?? 1,
                    definition: dimension.child("definition")?.text ?? "", provenance: dimension.location,
                    merges: codes(dimension.attribute("merges"))))
                for element in dimension.children("indicator") {
                    indicators.append(try indicator(from: element, parent: dimensionID))
                }
            }
        }
        let country = { (country: XMLTreeElement) in
            Participant(code: country.attribute("code")!, groups: Dictionary(
                country.children("group").map { ($0.attribute("grouping")!, $0.text) },
                uniquingKeysWith: { first, _ in first }), provenance: country.location)
        }
        let participants = root.child("countries")!.children("country").map(country)
        let referenceCountries = root.child("referenceCountries")?.children("country").map(country) ?? []
        let denominators = root.child("denominators")?.children("denominator").map { element in
            Denominator(id: element.attribute("id")!, name: element.child("name")!.text,
                        unit: element.child("unit")!.text, sourceCodes: sourceCodes(of: element))
        } ?? []
        var weightSets: [WeightSet] = []
        for set in root.child("weightSets")?.children("weightSet") ?? [] {
            var weights: [String: Double] = [:]
            for weight in set.children("weight") {
                let node = weight.attribute("node")!
                if weights[node] != nil {
                    throw InputError(.duplicate, weight.location, field: "node", value: node, problem: "is weighted twice in weight set '\(set.attribute("id")!)'")
                }
                weights[node] = try number(weight, "value")
            }
            weightSets.append(WeightSet(id: set.attribute("id")!, name: set.child("name")!.text, weights: weights, provenance: set.location))
        }
        return Framework(
            id: root.attribute("id")!, name: root.child("name")!.text, edition: edition, years: from...to,
            levelNames: ["Indicator", "Dimension", "Pillar", "Index"],
            indicators: indicators, aggregates: aggregates, denominators: denominators,
            weightSets: weightSets, participants: participants,
            method: try method(from: root.child("method")!),
            description: root.child("description")?.text ?? "",
            publication: publication(from: root.child("publication")),
            publicationDate: root.attribute("published"),
            publicationDateReconstructed: root.attribute("publishedStatus") == "reconstructed",
            predecessor: root.child("lineage").map { lineage in
                Predecessor(
                    file: lineage.attribute("predecessor")!,
                    dropped: lineage.children("dropped").map { dropped in
                        DroppedNode(id: dropped.attribute("id")!, reason: token(dropped.attribute("reason")!), provenance: dropped.location)
                    },
                    provenance: lineage.location)
            },
            referenceCountries: referenceCountries)
    }

    /// A list of codes (`xs:list`): the items between white space.
    private static func codes(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { " \t\n\r".contains($0) }).map(String.init)
    }

    /// An `xs:token` as the schema reads it: white space collapsed.
    private static func token(_ text: String) -> String {
        codes(text).joined(separator: " ")
    }

    /// `<publication>`: what the pages say about the index beyond its scores (nothing when absent).
    private static func publication(from element: XMLTreeElement?) -> Publication {
        guard let element else { return Publication() }
        return Publication(
            official: element.child("official")?.text, credit: element.child("credit")?.text,
            licence: element.child("licence").map { token($0.text) },
            papers: element.children("paper").map { Publication.Paper(title: token($0.text), arxiv: $0.attribute("arxiv")!) },
            showsEvidence: element.child("evidence") != nil)
    }

    private static func sourceCodes(of element: XMLTreeElement) -> [SourceCode] {
        element.children("code").map { SourceCode(system: $0.attribute("system")!, code: $0.text) }
    }

    private static func indicator(from element: XMLTreeElement, parent: String) throws -> Indicator {
        let type = IndicatorType(rawValue: element.attribute("type")!)!
        var scale = Scale.implied(by: type)
        if let declared = element.child("scale") {
            scale.minimum = try number(declared, "min") ?? scale.minimum
            scale.maximum = try number(declared, "max") ?? scale.maximum
            scale.levels = declared.children("level").map { ScaleLevel(value: Int($0.attribute("value")!) ?? 0, label: $0.text) }
        }
        var overrides = MethodOverrides(
            treatment: MethodOverrides.TreatmentChoice(rawValue: element.attribute("treatment") ?? "default") ?? .default,
            target: try number(element, "target"))
        let transform = Transform(rawValue: element.attribute("transform") ?? "none")!
        if let goalposts = element.child("goalposts") {
            overrides.goalposts = try self.goalposts(from: goalposts, transform: transform)
        }
        if let normalisation = element.child("normalisation") {
            overrides.normalisation = try self.normalisation(from: normalisation)
        }
        let indicator = Indicator(
            id: element.attribute("id")!, name: element.child("name")!.text, parent: parent, type: type,
            unit: element.child("unit")!.text, scale: scale,
            polarity: Polarity(rawValue: element.attribute("polarity")!)!,
            transform: transform,
            weight: try number(element, "weight") ?? 1, source: element.child("source")!.text,
            status: IndicatorStatus(rawValue: element.attribute("status")!)!,
            definition: element.child("definition")?.text ?? "",
            denominator: element.attribute("denominator"), sourceCodes: sourceCodes(of: element),
            overrides: overrides, provenance: element.location,
            evidence: element.child("derived-from-evidence").map { derived in
                EvidenceDerivation(benchmark: derived.attribute("benchmark")!, statistic: .domesticSafety)
            },
            revises: element.attribute("revises"))
        if let goalposts = element.child("goalposts"), case .failure(let problem)? = indicator.treatedGoalposts() {
            let field = switch problem {
            case .unboundedScale, .scaleOfDividedIndicator: "from"
            case .outsideTransformDomain: "low"
            case .notApart: "high"
            }
            throw InputError(.inconsistent, goalposts.location, field: field, value: goalposts.attribute(field),
                             problem: "cannot be used for indicator '\(indicator.id)'", expected: problem.message)
        }
        return indicator
    }

    /// `<goalposts low="…" high="…" units="raw|treated" truncate="…"/>` or `<goalposts from="scale"/>`.
    private static func goalposts(from element: XMLTreeElement, transform: Transform) throws(InputError) -> Goalposts {
        let either = "expected low and high, or from=\"scale\""
        let low = try number(element, "low"), high = try number(element, "high")
        let units = element.attribute("units").flatMap(Goalposts.Units.init(rawValue:))
        let truncates = element.attribute("truncate").map { $0 == "true" || $0 == "1" } ?? true
        if element.attribute("from") == "scale" {
            if let given = element.attribute("low") ?? element.attribute("high") {
                throw InputError(.inconsistent, element.location, field: element.attribute("low") != nil ? "low" : "high", value: given,
                                 problem: "is given with from=\"scale\"", expected: either)
            }
            if let given = element.attribute("units") {
                throw InputError(.inconsistent, element.location, field: "units", value: given, problem: "does not apply to from=\"scale\"",
                                 expected: "expected no units: a scale is in the indicator's raw units, carried through its transform")
            }
            return Goalposts(.scale, units: .raw, truncates: truncates)
        }
        guard let low, let high else {
            throw InputError(.missingValue, element.location, field: low == nil ? "low" : "high", problem: "is missing", expected: either)
        }
        for (name, value) in [("low", low), ("high", high)] where !value.isFinite {
            throw InputError(.notANumber, element.location, field: name, value: element.attribute(name), problem: "is not a finite number", expected: "expected a finite goalpost")
        }
        guard low < high else {
            throw InputError(.inconsistent, element.location, field: "low", value: Scale.format(low), problem: "is not below high \(Scale.format(high))",
                             expected: "expected the lower goalpost in low, whatever the polarity")
        }
        if transform != .none, units == nil {
            throw InputError(.missingValue, element.location, field: "units", problem: "is missing",
                             expected: "expected units=\"raw\" (posts in the indicator's own units, carried through \(transform.rawValue)) "
                                 + "or units=\"treated\" (posts already on the \(transform.rawValue) scale) for an indicator with transform \(transform.rawValue)")
        }
        return Goalposts(low...high, units: units ?? .raw, truncates: truncates)
    }

    private static func normalisation(from element: XMLTreeElement) throws(InputError) -> Normalisation {
        switch element.attribute("method")! {
        case "minmax":
            let low = try number(element, "low") ?? 0, high = try number(element, "high") ?? 100
            guard low < high else {
                throw InputError(.inconsistent, element.location, field: "low", value: Scale.format(low), problem: "is not below high \(Scale.format(high))")
            }
            return .minMax(low: low, high: high)
        case "zscore":
            let sd = try number(element, "sd") ?? 1
            guard sd > 0 else { throw InputError(.outOfRange, element.location, field: "sd", value: Scale.format(sd), problem: "is not positive") }
            return .zScore(mean: try number(element, "mean") ?? 0, sd: sd)
        case "rank": return .rank
        case "percentile-rank": return .percentileRank
        case "distance-to-max": return .distanceToMax
        case "distance-to-target": return .distanceToTarget
        default:
            let scale = try number(element, "high")
            if let scale, !(scale > 0 && scale.isFinite) {
                throw InputError(.outOfRange, element.location, field: "high", value: Scale.format(scale), problem: "is not a positive number",
                                 expected: "expected the top of the goalpost scores, e.g. 100")
            }
            return .goalposts(scale: scale)
        }
    }

    private static func aggregation(_ element: XMLTreeElement) throws(InputError) -> Aggregation {
        switch element.attribute("method")! {
        case "geometric": return .geometric
        case "harmonic": return .harmonic
        case "generalised":
            guard let p = try number(element, "p") else {
                throw InputError(.missingValue, element.location, field: "p", problem: "is required for the generalised mean")
            }
            return .generalised(p: p)
        default: return .arithmetic
        }
    }

    private static func method(from element: XMLTreeElement) throws -> Method {
        let coverage = element.child("coverage")!
        let imputation = element.child("imputation")!
        let imputationMethod: Imputation
        switch imputation.attribute("method")! {
        case "mean": imputationMethod = .mean
        case "median": imputationMethod = .median
        case "latest-earlier": imputationMethod = .latestEarlier
        case "group-mean":
            guard let grouping = imputation.attribute("grouping") else {
                throw InputError(.missingValue, imputation.location, field: "grouping", problem: "is required for group-mean imputation", expected: "expected a grouping declared on the countries, e.g. region")
            }
            imputationMethod = .groupMean(grouping: grouping)
        default: imputationMethod = .none
        }
        let treatment = element.child("treatment")!
        let treatmentMethod: Treatment = treatment.attribute("method") == "none" ? .none : .skewKurtosis(SkewKurtosisRule(
            skew: try number(treatment, "skew") ?? 2, kurtosis: try number(treatment, "kurtosis") ?? 3.5,
            winmax: Int(treatment.attribute("winmax") ?? "5") ?? 5,
            logFallback: (treatment.attribute("logFallback") ?? "true") == "true" || treatment.attribute("logFallback") == "1"))
        let aggregation = element.child("aggregation")!
        var byLevel: [Int: Aggregation] = [:]
        for level in aggregation.children("level") {
            byLevel[Int(level.attribute("number")!) ?? 0] = try self.aggregation(level)
        }
        var tiers: [Tier] = []
        for tier in element.child("tiers")!.children("tier") {
            tiers.append(Tier(name: tier.attribute("name")!, minimum: try number(tier, "minimum")!))
        }
        tiers.sort { $0.minimum > $1.minimum }
        var match: MatchRule?
        if let declared = element.child("match") {
            let split = declared.attribute("split") ?? "median"
            let splitRule: MatchSplit
            if split == "median" {
                splitRule = .median
            } else if let threshold = DecimalNumber.parse(split) {
                splitRule = .threshold(threshold)
            } else {
                throw InputError(.malformedValue, declared.location, field: "split", value: split, problem: "is not a split", expected: "expected median or a number")
            }
            match = MatchRule(
                development: declared.attribute("development")!.split(separator: " ").map(String.init),
                governance: declared.attribute("governance")!.split(separator: " ").map(String.init),
                split: splitRule)
            // Labels are xs:token: white space collapsed, as the schema read them.
            func label(_ name: String) -> String? {
                declared.attribute(name).map { $0.split(whereSeparator: { " \t\n\r".contains($0) }).joined(separator: " ") }
            }
            let plain = MatchLabels()
            match?.labels = MatchLabels(
                development: label("developmentLabel") ?? plain.development, governance: label("governanceLabel") ?? plain.governance,
                developmentAxis: label("developmentAxis"), governanceAxis: label("governanceAxis"), principle: label("principle"))
        }
        func flag(_ name: String) -> Bool { coverage.attribute(name) == "true" || coverage.attribute(name) == "1" }
        return Method(
            coverage: CoverageRule(
                countryMinimum: try number(coverage, "countryMinimum") ?? 0.65,
                indicatorMinimum: try number(coverage, "indicatorMinimum") ?? 0.65,
                excludeCountries: flag("excludeCountries"),
                aggregateMinimum: try number(coverage, "aggregateMinimum") ?? 0),
            imputation: imputationMethod, treatment: treatmentMethod,
            normalisation: try normalisation(from: element.child("normalisation")!),
            aggregation: try self.aggregation(aggregation), aggregationByLevel: byLevel,
            tiers: tiers, match: match)
    }
}
