// Countries a registry lists for their groups only (`referenceCountries`): read from the
// registry, checked like participants, and used by a self-assessment of one of them.

import AgileCore
@testable import AgileIO
import AgileTestSupport
import Foundation
import Testing

@Suite struct ReferenceCountryTests {
    @Test func theRegistryListsGhanaForItsGroups() throws {
        let framework = try RegistryLoader().load(path: Project.path("Indicators/agile-2025.xml"))
        #expect(framework.referenceCountries.map(\.code) == ["GHA"])
        #expect(framework.referenceCountries.first?.groups == ["region": "Sub-Saharan Africa", "income": "Lower middle income", "bloc": "Other"])
        #expect(!framework.participants.contains { $0.code == "GHA" })
        #expect(framework.participants.count == 40)
        #expect(try RegistryLoader().load(path: Project.path("Indicators/agile-2024.xml")).referenceCountries.isEmpty)
    }

    /// A reference country also scored, listed twice, or not an ISO code is a problem of the framework.
    @Test func referenceCountriesAreChecked() throws {
        var framework = try RegistryLoader().load(path: Project.path("Indicators/agile-2025.xml"))
        let countries = try CountryList.load(path: nil, registry: Project.path("Indicators/agile-2025.xml"))
        #expect(framework.problems(countries: countries).isEmpty)
        framework.referenceCountries += [Participant(code: "USA"), Participant(code: "GHA"), Participant(code: "XXX")]
        #expect(framework.problems(countries: countries).map(\.message) == [
            "country 'USA' is both scored and listed for reference",
            "reference country 'GHA' is listed twice",
            "reference country 'XXX' is not an ISO 3166-1 alpha-3 code",
        ])
    }
}
