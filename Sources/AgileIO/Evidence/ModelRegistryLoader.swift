// Loads Indicators/models.csv: the models benchmarks evaluate, their aliases and developers.

import AgileCore

/// Reads the model registry into a ``ModelRegistry``.
///
/// ```
/// model,aliases,developer,country,open_weights
/// Claude-Haiku-4.5,claude-haiku-4-5|anthropic/claude-haiku-4.5,Anthropic,USA,no
/// ```
/// Aliases are separated by `|`; the country must be an ISO 3166-1 code (alpha-2 is mapped);
/// `open_weights` is `yes`, `no` or `unknown`. `#` lines before the header are comments.
public struct ModelRegistryLoader {
    static let columns = ["model", "aliases", "developer", "country", "open_weights"]
    static let expectedHeader = "expected the columns model, aliases, developer, country, open_weights"

    public var countries: CountryCatalog?

    public init(countries: CountryCatalog? = nil) {
        self.countries = countries
    }

    /// Loads the registry at `path`.
    /// - Throws: ``InputError`` naming the file, line, column and field of the first problem.
    public func load(path: String) throws(InputError) -> ModelRegistry {
        try load(CSVScanner(path: path, limits: CSVLimits(), allowsComments: true))
    }

    /// Loads a framework registry's model registry: `models.csv` beside it, else the built-in one.
    /// - Throws: as ``load(path:)``, naming the file beside the registry or the built-in copy.
    public func load(_ companion: RegistryCompanion) throws(InputError) -> ModelRegistry {
        if let path = companion.path { return try load(path: path) }
        return try load(CSVScanner(bytes: companion.file.bytes, name: companion.displayName, allowsComments: true))
    }

    private func load(_ scanner: CSVScanner) throws(InputError) -> ModelRegistry {
        let path = scanner.path
        let header = try CSVHeader.read(from: scanner, expected: Self.expectedHeader)
        let columns = try header.positions(of: Self.columns, in: "the model registry", expected: Self.expectedHeader)
        scanner.fieldNames = header.names
        var models: [EvaluatedModel] = []
        var firstLine: [String: Int] = [:]
        while try scanner.nextRow() {
            try header.checkWidth(of: scanner)
            func text(_ column: Int) -> String { scanner.string(columns[column]).trimmingCharacters(in: " \t") }
            let id = text(0)
            guard !id.isEmpty else {
                throw InputError(.missingValue, scanner.location(columns[0]), field: "model", problem: "is empty", expected: "expected the model's name")
            }
            let developer = text(2)
            guard !developer.isEmpty else {
                throw InputError(.missingValue, scanner.location(columns[2]), field: "developer", value: developer, problem: "is empty", expected: "expected the developer's name")
            }
            let countryText = text(3)
            var country = countryText
            if let countries {
                guard let alpha3 = countries.alpha3(for: countryText) else {
                    throw InputError(countryText.isEmpty ? .missingValue : .unknownCode, scanner.location(columns[3]), field: "country", value: countryText, problem: "is not an ISO 3166-1 country code", expected: "expected the developer's country, e.g. USA")
                }
                country = alpha3
            }
            guard let open = EvaluatedModel.OpenWeights(rawValue: text(4).lowercased()) else {
                throw InputError(.malformedValue, scanner.location(columns[4]), field: "open_weights", value: text(4), problem: "is not yes, no or unknown")
            }
            let aliases = text(1).split(separator: "|").map { String($0).trimmingCharacters(in: " \t") }.filter { !$0.isEmpty }
            for name in [id] + aliases {
                let key = ModelRegistry.key(name)
                if let line = firstLine[key], line != scanner.line {
                    throw InputError(.duplicate, scanner.location(columns[name == id ? 0 : 1]), field: name == id ? "model" : "aliases", value: name, problem: "names a model already named on line \(line)", expected: "names compare without case, spaces, '-' and '_'")
                }
                firstLine[key] = scanner.line
            }
            models.append(EvaluatedModel(id: id, aliases: aliases, developer: developer, country: country, openWeights: open))
        }
        do {
            return try ModelRegistry(models: models)
        } catch {
            throw InputError(.duplicate, Provenance(file: path, line: 0), problem: error.description)
        }
    }
}
