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
    /// The COINr steps taken beyond the method, the year and how a panel is normalised.
    public var steps: COINrSteps

    /// The tables at these paths.
    public init(data: String, meta: String, countries: String? = nil, steps: COINrSteps = COINrSteps()) {
        self.data = data
        self.meta = meta
        self.countries = countries
        self.steps = steps
    }

    /// Reads the country list and the two tables, checked as COINr's `new_coin` checks them;
    /// the data set divides by its denominators only when ``COINrSteps/denominate`` is on.
    public func load() throws -> (countries: CountryCatalog, dataset: COINrDataset) {
        let countries = try CountryList.load(path: countries, registry: Workspace.defaultFramework)
        let dataset = try COINrDataset(meta: meta, data: data, countries: countries)
        return (countries, steps.denominate ? dataset : dataset.undenominated)
    }

    /// The years to score: the one asked for, else every year of the table.
    /// - Throws: ``RunError/noYear(table:asked:years:)`` for a year the table has no row for.
    func years(of dataset: COINrDataset) throws(RunError) -> [Int] {
        guard let year = steps.year else { return dataset.years }
        guard dataset.years.contains(year) else { throw .noYear(table: data, asked: year, years: dataset.years) }
        return [year]
    }

    /// The method of a run: the framework's with `choices` and the screening applied.
    func method(_ choices: MethodChoices, framework: Framework) -> Method {
        var method = choices.applied(to: framework.method)
        if let screening = steps.screening { method.coverage = screening.applied(to: method.coverage) }
        return method
    }
}

/// How COINr tables are run beyond the method: the steps COINr takes only when they are called
/// (`Denominate`, `Screen`), the year to score and how the years of a panel are normalised.
/// The defaults are COINr's: no denomination, no screening, every year, normalised globally.
public struct COINrSteps: Sendable, Hashable {
    /// Divide each indicator by its iMeta `Denominator` (COINr's `Denominate`).
    public var denominate: Bool
    /// COINr's `Screen(unit_screen = "byNA", dat_thresh = …)`.
    public var screening: UnitScreening?
    /// The year (`Time`) to score; `nil`: every year of the table.
    public var year: Int?
    /// How the years of a table with several are normalised (global: COINr's default for a purse).
    public var normalisation: PanelNormalisation

    public init(denominate: Bool = false, screening: UnitScreening? = nil, year: Int? = nil, normalisation: PanelNormalisation = .global) {
        self.denominate = denominate
        self.screening = screening
        self.year = year
        self.normalisation = normalisation
    }

    /// The steps as a run's method text shows them before the method choices: `denominate
    /// screen=0.9` (empty when neither is taken).
    var text: String {
        ((denominate ? ["denominate"] : []) + (screening.map { ["screen=\($0)"] } ?? [])).joined(separator: " ")
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
                             countries: edition.workspace.countries, registry: edition.workspace.frameworkPath, vintages: edition.vintages)
        case .coinr(let tables):
            // An audit varies one year's model, scored on its own.
            let (countries, dataset) = try tables.load()
            let years = try tables.years(of: dataset)
            guard years.count == 1, let year = years.first else { throw RunError.severalYears(table: tables.data, years: years) }
            let framework = dataset.framework(year: year)
            return AuditData(framework: framework, input: dataset.scoringInput(year: year), method: tables.method(method, framework: framework),
                             countries: countries, registry: tables.meta)
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
    /// The path of the registry (or COINr iMeta table) the framework was read from, for messages.
    public let registry: String

    /// The vintages of the stored values read (`nil`: COINr tables, which have none).
    public let vintages: VintageSelection?

    /// The data of `framework` to score with `method`, checked against `countries`, of `vintages`.
    public init(framework: Framework, input: ScoringInput, method: Method, countries: CountryCatalog, registry: String = "the registry",
                vintages: VintageSelection? = nil) {
        self.framework = framework
        self.input = input
        self.method = method
        self.countries = countries
        self.registry = registry
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

    /// The nominal model under the weights `weights` asks for (`--weights`, `--weight`).
    /// - Throws: as ``WeightRequest/resolved(for:registry:)``, and as the model of a weight choice.
    public func model(weights: WeightRequest) throws -> AuditModel {
        try model(weights: weights.resolved(for: framework, registry: registry))
    }
}
