// Tests of the COINr readers on COINr's own ASEM example and on a small table.

import AgileCore
import AgileIO
import Testing

@Suite struct COINrReaderTests {
    static let metaPath = Fixtures.path("coinr-asem/iMeta.csv")
    static let dataPath = Fixtures.path("coinr-asem/raw_iData.csv")

    @Test func asemMetaBecomesAFramework() throws {
        let meta = try COINrMetaReader(id: "asem").read(path: Self.metaPath)
        let framework = meta.framework
        #expect(framework.id == "asem")
        #expect(framework.name == "Sustainable Connectivity")
        #expect(framework.indicators.count == 49)
        #expect(framework.aggregates(atLevel: 2).count == 8)
        #expect(framework.aggregates(atLevel: 3).map(\.id) == ["Conn", "Sust"])
        #expect(framework.aggregates(atLevel: 4).map(\.id) == ["Index"])
        #expect(framework.aggregates.filter { $0.parent == nil }.map(\.id) == ["Index"])
        #expect(framework.indicators.filter { $0.polarity == .negative }.count == 14)
        #expect(framework.levelNames == ["Indicator", "Level 2", "Level 3", "Index"])
        #expect(framework.denominators.map(\.id) == ["Area", "Energy", "GDP", "Population"])
        #expect(framework.denominators[2] == Denominator(id: "GDP", name: "GDP", unit: "USD Bn"))
        #expect(meta.groupColumns == ["GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group"])
        #expect(meta.otherColumns.isEmpty)
        #expect(framework.edition == 0 && framework.years == 1900...2100 && framework.participants.isEmpty)

        // Line 3: 1,"Flights","International flights passenger capacity",1,1,"Thousand seats",200.33265549999999,"Population","Physical","Indicator"
        let flights = try #require(framework.indicator("Flights"))
        #expect(flights == Indicator(
            id: "Flights", name: "International flights passenger capacity", parent: "Physical", type: .index,
            unit: "Thousand seats", scale: Scale(), polarity: .positive, weight: 1, denominator: "Population",
            overrides: MethodOverrides(target: 200.33265549999999), provenance: Provenance(file: Self.metaPath, line: 3)))
        // Line 18: 1,"CostImpEx","Cost to export/import",-1,1,"Current USD",49.600000000000001,NA,"Instit","Indicator"
        let cost = try #require(framework.indicator("CostImpEx"))
        #expect(cost.polarity == .negative && cost.denominator == nil && cost.overrides.target == 49.6 && cost.unit == "Current USD")
        #expect(framework.aggregate("Physical") == Aggregate(
            id: "Physical", name: "Physical", level: 2, parent: "Conn", weight: 1, provenance: Provenance(file: Self.metaPath, line: 51)))
        #expect(framework.indicators.filter { $0.denominator != nil }.count == 17)
        // Only the year window against edition 0 is out of line (see COINrMeta).
        #expect(framework.problems().map(\.message) == ["the year window 1900–2100 reaches past the edition 0"])
    }

    @Test(arguments: [16, 1 << 20])
    func asemDataObservations(chunkSize: Int) throws {
        let meta = try COINrMetaReader().read(path: Self.metaPath)
        let check = ObservationCheck(framework: meta.framework, countries: TestFramework.countries)
        let (observations, summary) = try readAll(COINrDataReader(meta: meta, chunkSize: chunkSize), Self.dataPath, check: check)
        let indicators = Set(meta.framework.indicators.map(\.id))
        // 51 units × (49 indicators + 4 denominators); 63 indicator values and LAO's Energy are NA.
        #expect(observations.filter { indicators.contains($0.indicator) }.count == 51 * 49 - 63)
        #expect(observations.filter { !indicators.contains($0.indicator) }.count == 51 * 4 - 1)
        #expect(summary.observations == 51 * 53 - 64)
        #expect(summary.skippedMissing == 64)
        #expect(Set(observations.map(\.country)).count == 51)
        #expect(Set(observations.map(\.year)) == [2018])
        #expect(!observations.contains { $0.value == nil })

        // "Austria","AUT","L","XL","M","Europe",2018,83871,27,390.79999114746801,8735.4529999999995,4.0979850000000004,…
        let lpi = try #require(observations.first { $0.country == "AUT" && $0.indicator == "LPI" })
        #expect(lpi == Observation(country: "AUT", indicator: "LPI", year: 2018, value: 4.0979850000000004,
                                   provenance: Provenance(file: Self.dataPath, line: 2, column: 91)))
        let area = try #require(observations.first { $0.country == "AUT" && $0.indicator == "Area" })
        #expect(area.value == 83871 && area.provenance == Provenance(file: Self.dataPath, line: 2, column: 44))
        let flights = try #require(observations.first { $0.country == "BEL" && $0.indicator == "Flights" })
        #expect(flights.value == 31.885459999999998 && flights.provenance == Provenance(file: Self.dataPath, line: 3, column: 125))
        let neet = try #require(observations.first { $0.country == "VNM" && $0.indicator == "NEET" })
        #expect(neet.value == 0.59999999999999998 && neet.provenance == Provenance(file: Self.dataPath, line: 52, column: 677))
        #expect(!observations.contains { $0.country == "ITA" && $0.indicator == "Poverty" })
        #expect(!observations.contains { $0.country == "LAO" && $0.indicator == "Energy" })
    }

    @Test func asemUnits() throws {
        let meta = try COINrMetaReader().read(path: Self.metaPath)
        let units = try COINrDataReader(meta: meta).units(path: Self.dataPath, countries: TestFramework.countries)
        #expect(units.participants.count == 51)
        #expect(units.participants.first == Participant(code: "AUT", groups: [
            "GDP_group": "L", "GDPpc_group": "XL", "Pop_group": "M", "EurAsia_group": "Europe",
        ]))
        #expect(units.participants.filter { $0.groups["EurAsia_group"] == "Asia" }.count == 21)
        #expect(units.participants.filter { $0.groups["EurAsia_group"] == "Europe" }.count == 30)
        #expect(units.names["AUT"] == "Austria")
        #expect(units.years == [2018])
        let framework = meta.framework(with: units)
        #expect(framework.edition == 2018)
        #expect(framework.participants == units.participants)
    }

    @Test func smallTableWithoutTime() throws {
        let path = Fixtures.path("csv/coinr-small.csv")
        let reader = COINrDataReader(year: 2023)
        let (observations, summary) = try readAll(reader, path)
        func at(_ line: Int, _ column: Int) -> Provenance { Provenance(file: path, line: line, column: column) }
        #expect(observations == [
            Observation(country: "DEU", indicator: "I14", year: 2023, value: 92.5, provenance: at(2, 20)),
            Observation(country: "DEU", indicator: "POP", year: 2023, value: 83_200_000, provenance: at(2, 28)),
            Observation(country: "KOR", indicator: "I11", year: 2023, value: 1.41, provenance: at(3, 25)),
        ])
        #expect(summary.skippedMissing == 3)
        let units = try reader.units(path: path, countries: TestFramework.countries)
        #expect(units == COINrUnits(
            participants: [Participant(code: "DEU", groups: ["Region_group": "Europe"]), Participant(code: "KOR", groups: ["Region_group": "Asia"])],
            names: ["DEU": "Germany", "KOR": "Korea, Rep."], years: []))
    }
}
