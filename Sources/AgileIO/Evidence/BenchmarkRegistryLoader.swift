// Loads Indicators/benchmarks.xml: XSD validation with libxml2, then the checks a schema cannot make.

import AgileCore

/// Reads the benchmark registry into a ``BenchmarkRegistry``.
///
/// ```swift
/// let benchmarks = try BenchmarkRegistryLoader().load(path: "Indicators/benchmarks.xml")
/// ```
public struct BenchmarkRegistryLoader {
    /// The namespace of benchmark registry files.
    public static let namespace = "urn:agile-index:benchmarks:1"

    /// The schema to validate against; by default `benchmarks.xsd` beside the registry, else the
    /// built-in copy.
    public var schemaPath: String?

    public init(schemaPath: String? = nil) {
        self.schemaPath = schemaPath
    }

    /// Loads and checks the registry at `path`.
    /// - Throws: ``InputError`` for a file that is not well-formed or not valid; ``RegistryError``
    ///   listing every semantic problem.
    public func load(path: String) throws -> BenchmarkRegistry {
        try load(XMLTree(path: path), path: path)
    }

    /// Loads and checks a framework registry's benchmark registry: `benchmarks.xml` beside it,
    /// else the built-in one.
    /// - Throws: as ``load(path:)``, naming the file beside the registry or the built-in copy.
    public func load(_ companion: RegistryCompanion) throws -> BenchmarkRegistry {
        guard companion.path == nil else { return try load(path: companion.displayName) }
        let tree = try XMLTree(bytes: companion.file.bytes, file: companion.displayName)
        return try load(tree, path: companion.displayName, schema: .builtIn(.benchmarkSchema))
    }

    /// Validates and reads a parsed registry; `schema` is the default schema (unless
    /// ``schemaPath`` is set): `benchmarks.xsd` beside the file, else the built-in copy.
    private func load(_ tree: XMLTree, path: String, schema: RegistryCompanion? = nil) throws -> BenchmarkRegistry {
        if let schemaPath {
            try tree.validate(schemaPath: schemaPath)
        } else {
            try tree.validate(schema: schema ?? RegistryCompanion(.benchmarkSchema, of: path))
        }
        guard let root = tree.root else {
            throw InputError(.structure, Provenance(file: path, line: 1), problem: "has no root element")
        }
        let registry = BenchmarkRegistry(
            benchmarks: root.children("benchmark").map(BenchmarkRegistryLoader.benchmark),
            caveats: root.children("caveat").map(\.text))
        let problems = registry.problems()
        if !problems.isEmpty { throw RegistryError(problems.map { "\(path): \($0)" }) }
        return registry
    }

    private static func benchmark(_ element: XMLTreeElement) -> EvidenceBenchmark {
        // The schema guarantees the required elements and attributes.
        let metric = element.child("metric")!
        let status = element.child("status")
        let dimensions = element.child("dimensions")!
        let disciplines = element.child("disciplines")
        return EvidenceBenchmark(
            id: element.attribute("id")!,
            title: element.child("title")!.text,
            paper: element.child("paper")!.text,
            version: element.attribute("version")!,
            metric: metric.attribute("id")!,
            metricTitle: metric.text,
            metricLabel: metric.attribute("label"),
            direction: EvidenceBenchmark.Direction(rawValue: metric.attribute("direction")!)!,
            judge: element.child("judge")?.text,
            status: status?.text,
            provisional: status.map { ["true", "1"].contains($0.attribute("provisional") ?? "false") } ?? false,
            scope: element.child("scope")?.text,
            perCountry: ["true", "1"].contains(element.attribute("per-country") ?? "false"),
            dimensionTitle: dimensions.attribute("title")!,
            dimensions: dimensions.children("dimension").map(taxon),
            disciplines: disciplines?.children("discipline").map(taxon) ?? [],
            subDisciplineCount: disciplines?.attribute("sub-disciplines").flatMap { Int($0) },
            contexts: element.child("contexts")?.children("context").map(taxon) ?? [],
            demographics: element.child("demographics")?.children("field").map(taxon) ?? [])
    }

    private static func taxon(_ element: XMLTreeElement) -> EvidenceTaxon {
        EvidenceTaxon(
            id: element.attribute("id")!, title: element.attribute("title")!,
            items: element.attribute("items").flatMap { Int($0) },
            subs: element.children("sub").map(taxon))
    }
}
