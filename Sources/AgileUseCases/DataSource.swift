// What a run or an audit scores: a registry's stored edition, or a COINr iData/iMeta pair.

import AgileCore
import AgileIO

/// A COINr iData and iMeta table, scored directly (nothing is stored).
public struct COINrTables: Sendable, Hashable {
    /// The iData table (units × indicators) and the iMeta table (the framework).
    public var data: String
    public var meta: String
    /// The ISO country list (`nil`: the one beside the default registry, else the built-in one).
    public var countries: String?

    /// The tables at these paths.
    public init(data: String, meta: String, countries: String? = nil) {
        self.data = data
        self.meta = meta
        self.countries = countries
    }

    /// Reads the country list and the two tables, checked as COINr's `new_coin` checks them.
    public func load() throws -> (countries: CountryCatalog, dataset: COINrDataset) {
        let countries = try CountryList.load(path: countries, registry: Workspace.defaultFramework)
        return (countries, try COINrDataset(meta: meta, data: data, countries: countries))
    }
}

/// The data a scoring run or an audit works on.
public enum DataSource {
    /// The registry's edition in the store.
    case stored(StoredEdition)
    /// A COINr framework and its data.
    case coinr(COINrTables)

    /// The nominal model of an audit: the framework, its data and its method with `method`
    /// applied. Stored data is read with the values before the window, since an imputation
    /// drawn from a design may be latest-earlier.
    public func auditData(method: MethodChoices) throws -> AuditData {
        switch self {
        case .stored(let edition):
            let framework = edition.framework
            return AuditData(framework: framework, input: try edition.data(earlier: true).input, method: method.applied(to: framework.method),
                             countries: edition.workspace.countries, vintages: edition.vintages)
        case .coinr(let tables):
            let (countries, dataset) = try tables.load()
            return AuditData(framework: dataset.framework, input: dataset.scoringInput, method: method.applied(to: dataset.framework.method),
                             countries: countries)
        }
    }
}

/// A framework, its data and the method to score it with: what an audit varies.
public struct AuditData: Sendable {
    public let framework: Framework
    /// The data, as the pipeline takes it.
    public let input: ScoringInput
    /// The nominal method: the framework's with the run's choices applied.
    public let method: Method
    /// The country list the data was checked against (for the countries' names).
    public let countries: CountryCatalog
    /// The vintages of the stored values read (`nil`: COINr tables, which have none).
    public let vintages: VintageSelection?

    /// The data of `framework` to score with `method`, checked against `countries`, of `vintages`.
    public init(framework: Framework, input: ScoringInput, method: Method, countries: CountryCatalog, vintages: VintageSelection? = nil) {
        self.framework = framework
        self.input = input
        self.method = method
        self.countries = countries
        self.vintages = vintages
    }

    /// The line the audit commands print under their first: `Vintages: values as of 2024-12-31.`
    public var vintagesLine: String? {
        vintages.map { "Vintages: \($0.label)." }
    }

    /// The names of `codes` (units of this data) as the audits print them: "United States (USA)".
    public func countryNames(_ codes: [String]) -> CountryNames {
        CountryNames(catalog: countries, codes: codes)
    }

    /// The nominal model under `weights`.
    public func model(weights: WeightChoice = .declared) throws(ScoringError) -> AuditModel {
        try AuditModel(framework: framework, input: input, method: method, weights: weights)
    }
}
