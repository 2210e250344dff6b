// Where in the pipeline countries are screened for coverage.

/// The point at which the coverage rule screens countries.
///
/// The AGILE default screens the data as selected and denominated, before anything is
/// imputed, so that a country's coverage is what was really observed. COINr's example builds
/// (`build_example_coin`) impute first and screen the imputed data, which then drops nobody.
public enum ScreeningStage: String, Hashable, Sendable {
    /// Screen the denominated data, before imputation.
    case beforeImputation
    /// Screen the imputed data.
    case afterImputation
}
