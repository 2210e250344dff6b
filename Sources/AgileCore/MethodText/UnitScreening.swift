// COINr's unit screening by missing data, written `MIN` or `MIN,after-imputation`.

/// Screening of units by their share of observed indicators, as COINr's `Screen` with
/// `unit_screen = "byNA"` and `dat_thresh = minimum`: a unit whose share is below `minimum` is
/// dropped. COINr screens whichever data set it is given; here the raw (or denominated) data,
/// before imputation, unless `stage` is ``ScreeningStage/afterImputation`` (COINr's
/// `build_example_coin`, which screens the imputed data).
public struct UnitScreening: MethodChoiceText {
    /// The smallest share of observed indicators a unit keeps its place with, 0–1.
    public var minimum: Double
    public var stage: ScreeningStage

    public init(minimum: Double, stage: ScreeningStage = .beforeImputation) {
        self.minimum = minimum
        self.stage = stage
    }

    /// Reads `MIN` or `MIN,after-imputation`, MIN a number 0–1 (COINr's `dat_thresh`).
    public init(parsing text: String) throws(MethodChoiceError) {
        var parts = text.split(separator: ",", omittingEmptySubsequences: false)
        let afterImputation = parts.count == 2 && parts[1].lowercased() == Self.afterImputation
        if afterImputation { parts.removeLast() }
        let form = "MIN[,\(Self.afterImputation)], MIN a share from 0 to 1 (COINr's dat_thresh)"
        guard parts.count == 1 else { throw .malformed(.screening, text: text, expected: form) }
        let minimum = try MethodText.numbers(String(parts[0]), names: ["MIN"], choice: .screening, text: text, form: form)[0]
        guard (0...1).contains(minimum) else { throw .outOfRange(.screening, text: text, parameter: "MIN", expected: form) }
        self.init(minimum: minimum, stage: afterImputation ? .afterImputation : .beforeImputation)
    }

    static let afterImputation = "after-imputation"

    /// The canonical text: `0.9`, `0.9,after-imputation`.
    public var description: String {
        MethodText.number(minimum) + (stage == .afterImputation ? ",\(Self.afterImputation)" : "")
    }

    /// `coverage` with this screening: units below the minimum are dropped at the stage.
    public func applied(to coverage: CoverageRule) -> CoverageRule {
        var coverage = coverage
        coverage.countryMinimum = minimum
        coverage.excludeCountries = true
        coverage.stage = stage
        return coverage
    }
}
