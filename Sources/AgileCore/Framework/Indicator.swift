// An indicator of the framework: what it measures, on which scale, and how it is treated.

/// A leaf of the framework tree: one measured quantity.
public struct Indicator: Hashable, Sendable {
    public var id: String
    public var name: String
    /// The aggregate (dimension) this indicator belongs to.
    public var parent: String
    public var type: IndicatorType
    public var unit: String
    public var scale: Scale
    public var polarity: Polarity
    public var transform: Transform
    /// Weight relative to the siblings under the same parent.
    public var weight: Double
    public var source: String
    public var status: IndicatorStatus
    public var definition: String
    /// Code of a denominator the raw value is divided by before treatment, if any.
    public var denominator: String?
    /// Codes under which other sources publish this indicator (e.g. World Bank `IT.NET.USER.ZS`).
    public var sourceCodes: [SourceCode]
    /// Per-indicator method choices that override the framework's method block.
    public var overrides: MethodOverrides
    /// Where the indicator is declared.
    public var provenance: Provenance?
    /// When set, the indicator's values are derived from model-safety evidence, not ingested.
    public var evidence: EvidenceDerivation?
    /// Lineage: the id of the predecessor edition's indicator this one replaces (same concept,
    /// new definition or source), `nil` for an indicator continued under its id or a new one.
    public var revises: String?

    public init(
        id: String, name: String, parent: String, type: IndicatorType, unit: String = "",
        scale: Scale? = nil, polarity: Polarity = .positive, transform: Transform = .none,
        weight: Double = 1, source: String = "", status: IndicatorStatus = .confirmed,
        definition: String = "", denominator: String? = nil, sourceCodes: [SourceCode] = [],
        overrides: MethodOverrides = MethodOverrides(), provenance: Provenance? = nil,
        evidence: EvidenceDerivation? = nil, revises: String? = nil
    ) {
        self.evidence = evidence
        self.revises = revises
        self.id = id
        self.name = name
        self.parent = parent
        self.type = type
        self.unit = unit
        self.scale = scale ?? Scale.implied(by: type)
        self.polarity = polarity
        self.transform = transform
        self.weight = weight
        self.source = source
        self.status = status
        self.definition = definition
        self.denominator = denominator
        self.sourceCodes = sourceCodes
        self.overrides = overrides
        self.provenance = provenance
    }

    /// A short phrase for error messages: `a percent 0–100`, `an ordinal 0–3`, `a count ≥ 0`.
    public var expectation: String {
        func number(_ x: Double) -> String { Scale.format(x) }
        let range: String
        switch (scale.minimum, scale.maximum) {
        case let (lo?, hi?): range = lo < 0 ? " from \(number(lo)) to \(number(hi))" : " \(number(lo))–\(number(hi))"
        case let (lo?, nil): range = " ≥ \(number(lo))"
        case let (nil, hi?): range = " ≤ \(number(hi))"
        case (nil, nil): range = ""
        }
        let article = type == .index || type == .ordinal ? "an" : "a"
        let kind = type == .binary ? "binary" : type.rawValue
        let whole = scale.integer && type != .ordinal && type != .binary ? " (whole number)" : ""
        return "\(article) \(kind)\(range)\(whole)"
    }
}

/// A code under which a data provider publishes an indicator.
public struct SourceCode: Hashable, Sendable {
    /// The provider's system, e.g. `worldbank`.
    public var system: String
    /// The provider's code, e.g. `IT.NET.USER.ZS`.
    public var code: String

    public init(system: String, code: String) {
        self.system = system
        self.code = code
    }
}

extension Scale {
    /// A number as a person writes it: `100`, `2.5`, `-2.5`.
    public static func format(_ x: Double) -> String {
        if x.rounded() == x, abs(x) < 1e15 { return String(Int64(x)) }
        return String(x)
    }
}
