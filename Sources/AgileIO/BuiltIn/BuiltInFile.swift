// The files of Indicators/ that are built into the toolkit, so a registry can stand alone.

/// A file of the toolkit's `Indicators/` folder whose copy is compiled into the toolkit (see
/// `scripts/embed-builtins.py`): used when no file of that name sits beside the registry, so
/// a registry copied alone into any folder still validates, and `agile` works installed alone.
public enum BuiltInFile: String, CaseIterable, Sendable {
    /// `framework.xsd`: the schema of framework registries.
    case frameworkSchema = "framework.xsd"
    /// `benchmarks.xsd`: the schema of the benchmark registry.
    case benchmarkSchema = "benchmarks.xsd"
    /// `iso3166-1.csv`: the ISO 3166-1 country list.
    case countryList = "iso3166-1.csv"
    /// `benchmarks.xml`: the model-safety benchmark registry.
    case benchmarkRegistry = "benchmarks.xml"
    /// `models.csv`: the model registry.
    case modelRegistry = "models.csv"

    /// The file's name in `Indicators/` (and beside a registry).
    public var name: String { rawValue }

    /// The file's bytes, exactly as in `Indicators/` when the toolkit was built.
    public var bytes: [UInt8] { Array(text.utf8) }

    /// What errors call the built-in copy: its name, marked as built in.
    public var displayName: String { "\(name) (built into agile)" }
}
