// The illustrative marker reaches the store: a file's own marker, a sidecar, the flag; and a run
// is illustrative exactly when a value it used came from a file so marked.

import AgileCore
@testable import AgileIO
import Foundation
import Testing

@Suite struct StoreIllustrativeTests {
    /// A scratch folder, removed by `defer` in each test.
    func scratch() throws -> String {
        let folder = NSTemporaryDirectory() + "agile-illustrative-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    func ingest(_ store: Store, _ path: String, illustrative: Bool = false) throws -> IngestResult {
        try store.ingest(path: path, format: try DataFormat.detect(path: path), check: Project.check, illustrative: illustrative)
    }

    /// `# illustrative` (CSV) and `illustrative="true"` (XML) are stored with the ingest. Before,
    /// the file's marker was printed but the store recorded 0.
    @Test func aFilesOwnMarkerIsStored() throws {
        let store = try Store(path: ":memory:", countries: Project.countries)
        for file in ["Data/agile-2024-long.csv", "Data/agile-2024-wide.csv", "Data/agile-2024-instruments.xml"] {
            let result = try ingest(store, Project.path(file))
            #expect(result.summary.illustrative, "\(file)")
        }
        #expect(try store.ingests().map(\.illustrative) == [true, true, true])
        #expect(try store.ingests().map(\.file) == ["long.csv", "wide.csv", "instruments.xml"].map { Project.path("Data/agile-2024-\($0)") })
        // A file without a marker stays unmarked.
        _ = try ingest(store, Project.path("Tests/Fixtures/store/y1.csv"))
        #expect(try store.ingests().last?.illustrative == false)
    }

    /// A World Bank file cannot say it is illustrative: `NAME.illustrative` beside it does.
    @Test func aSidecarMarksAFileThatCannotSaySo() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = Project.path("Data/worldbank-GE.EST-illustrative.xml")
        let plain = "\(folder)/API_GE.EST.xml", marked = "\(folder)/marked/API_GE.EST.xml"
        try FileManager.default.createDirectory(atPath: "\(folder)/marked", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: original, toPath: plain)
        // Another year's data in the marked copy, so that its content differs.
        let text = try String(contentsOfFile: original, encoding: .utf8).replacingOccurrences(of: "<wb:date>2021</wb:date>", with: "<wb:date>2020</wb:date>")
        try text.write(toFile: marked, atomically: true, encoding: .utf8)
        try "illustrative: made up\n".write(toFile: IllustrativeSidecar.path(of: marked), atomically: true, encoding: .utf8)
        #expect(IllustrativeSidecar.path(of: marked) == "\(folder)/marked/API_GE.EST.xml.illustrative")
        #expect(IllustrativeSidecar.path(of: "\(folder)/vesta/") == "\(folder)/vesta.illustrative")

        let store = try Store(path: ":memory:", countries: Project.countries)
        #expect(try !ingest(store, plain).summary.illustrative)
        #expect(try ingest(store, marked).summary.illustrative)
        #expect(try store.ingests().map(\.illustrative) == [false, true])
    }

    /// Content ingested before takes a marker given later (a sidecar added, or the flag), and
    /// the ingest stays a no-op; a marker is never taken away.
    @Test func contentIngestedBeforeTakesALaterMarker() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = "\(folder)/API_IT.NET.USER.ZS.csv"
        try FileManager.default.copyItem(atPath: Project.path("Data/API_IT.NET.USER.ZS_DS2_en_csv_v2_illustrative.csv"), toPath: file)
        let store = try Store(path: ":memory:", countries: Project.countries)
        #expect(try ingest(store, file).ingest == 1)
        #expect(try store.ingests().map(\.illustrative) == [false])
        try "illustrative\n".write(toFile: IllustrativeSidecar.path(of: file), atomically: true, encoding: .utf8)
        let again = try ingest(store, file)
        #expect(again.unchanged && again.markedIllustrative && again.sameContentAs == EarlierIngest(id: 1, file: file, illustrative: true))
        #expect(try store.ingests().map(\.illustrative) == [true])
        try FileManager.default.removeItem(atPath: IllustrativeSidecar.path(of: file))
        let third = try ingest(store, file)
        #expect(third.unchanged && !third.markedIllustrative && third.sameContentAs?.illustrative == true)
        #expect(try store.ingests().map(\.illustrative) == [true])
    }

    /// A run is illustrative when a value it used came from an illustrative file, whether that
    /// value is still current or history; other illustrative values in the store do not count.
    @Test func onlyTheValuesUsedDecide() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let official = "\(folder)/official.csv", sample = "\(folder)/sample.csv"
        try "country,indicator,year,value\nUSA,I14,2023,91.8\nDEU,I14,2023,91.4\n".write(toFile: official, atomically: true, encoding: .utf8)
        try "# illustrative\ncountry,indicator,year,value\nKEN,I14,2023,35\nUSA,I14,2023,90\n".write(toFile: sample, atomically: true, encoding: .utf8)
        let store = try Store(path: ":memory:", countries: Project.countries)
        _ = try ingest(store, official)
        let used = try store.currentObservations()
        #expect(try !store.isIllustrative(inputs: used))
        _ = try ingest(store, sample)
        // The official values (now history for USA) are still not illustrative; KEN's value is.
        #expect(try !store.isIllustrative(inputs: used))
        let current = try store.currentObservations()
        #expect(try store.isIllustrative(inputs: current.filter { $0.country == "KEN" }))
        #expect(try store.isIllustrative(inputs: current.filter { $0.country == "USA" }))
        #expect(try !store.isIllustrative(inputs: current.filter { $0.country == "DEU" }))
        // A value read elsewhere (evidence-derived) is not found in the store.
        #expect(try !store.isIllustrative(inputs: [Observation(country: "KEN", indicator: "I14", year: 2023, value: 35,
                                                                provenance: Provenance(file: "derived", line: 0))]))
    }
}
