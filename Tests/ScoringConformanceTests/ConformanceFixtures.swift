// Where the COINr reference files are, and the ASEM framework and input read from them once.

import AgileCore
import AgileIO
import AgileTestSupport
import Foundation

/// The COINr ASEM fixtures (Tests/Fixtures/coinr-asem), found from this file without bundles.
enum ConformanceFixtures {
    /// The package root.
    static let packageRoot = PackageRoot.path

    /// A file of the ASEM fixtures, e.g. `A_example_amean_minmax/dset_Treated.csv`.
    static func path(_ relative: String) -> String {
        packageRoot + "/Tests/Fixtures/coinr-asem/" + relative
    }

    /// The ASEM iMeta framework with the iData units as participants, and the input read from
    /// raw_iData.csv through the COINr readers.
    static let asem: (framework: Framework, input: ScoringInput) = {
        do {
            let countries = try CountryList.load(path: packageRoot + "/Indicators/iso3166-1.csv")
            let dataset = try COINrDataset(meta: path("iMeta.csv"), data: path("raw_iData.csv"), countries: countries, id: "asem")
            return (dataset.framework, dataset.scoringInput)
        } catch {
            fatalError("cannot read the ASEM fixtures: \(error)")
        }
    }()
}
