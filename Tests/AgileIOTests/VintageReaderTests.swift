// Every reader gives the vintage its file declares: `# vintage:` in our CSV, `vintage` in our
// XML, World Bank's "Last Updated Date" line and `lastupdated` attribute; none when there is none.

import AgileCore
import AgileIO
import AgileTestSupport
import Foundation
import Testing

@Suite struct VintageReaderTests {
    /// The bundled sample: every file `make run` ingests for the edition declares its vintage.
    @Test func theSampleFilesDeclareTheirVintages() throws {
        let cases: [(any ObservationReader, String, String)] = [
            (LongCSVReader(), "Data/agile-2024-long.csv", "2024-05-01"),
            (WideCSVReader(), "Data/agile-2024-wide.csv", "2024-05-01"),
            (CountryXMLReader(), "Data/agile-2024-instruments.xml", "2024-05-01"),
            (WorldBankCSVReader(), "Data/API_IT.NET.USER.ZS_DS2_en_csv_v2_illustrative.csv", "2024-06-28"),
            (WorldBankXMLReader(), "Data/worldbank-GE.EST-illustrative.xml", "2024-09-26"),
            (LongCSVReader(), "Data/agile-2024-revisions.csv", "2025-06-01"),
        ]
        for (reader, file, vintage) in cases {
            let (_, summary) = try Project.read(reader, file)
            #expect(summary.vintage?.description == vintage, "\(file)")
        }
    }

    @Test func aFileWithoutADeclarationHasNoVintage() throws {
        #expect(try Project.read(LongCSVReader(), "Tests/Fixtures/store/first.csv").1.vintage == nil)
        #expect(try Project.read(WideCSVReader(), "Tests/Fixtures/csv/wide-basic.csv").1.vintage == nil)
    }

    /// The World Bank's "Last Updated Date" line, as its bulk download has it, in 1-byte chunks too.
    @Test func worldBankLastUpdatedDate() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("API.csv", """
            "Data Source","World Development Indicators",

            "Last Updated Date","2025-01-28",

            "Country Name","Country Code","Indicator Name","Indicator Code","2023",
            "Germany","DEU","Internet users","IT.NET.USER.ZS","91.6",

            """)
        for reader in [WorldBankCSVReader(), WorldBankCSVReader(chunkSize: 1)] {
            var values: [Double?] = []
            let summary = try reader.read(path: path, check: Project.check) { values.append($0.value) }
            #expect(summary.vintage == CalendarDate("2025-01-28"))
            #expect(values == [91.6])
        }
    }

    /// The declaration: `# vintage:` in any case, blanks around the colon and at the end; a
    /// comment that only starts with the word (`# vintages …`) declares nothing.
    @Test func theVintageComment() throws {
        let folder = try ScratchFolder()
        let cases: [(String, String?)] = [
            ("# vintage: 2024-05-01\n", "2024-05-01"),
            ("#VINTAGE:2024-05-01\t \n", "2024-05-01"),
            ("#  Vintage \t:  2024-05-01\r\n", "2024-05-01"),
            ("# illustrative\n# vintages are explained in the README\n", nil),
            ("# vintage-date is not a declaration\n", nil),
        ]
        for (index, (comments, vintage)) in cases.enumerated() {
            let path = try folder.write("v\(index).csv", comments + "country,indicator,year,value\nUSA,I14,2023,50\n")
            for reader in [LongCSVReader(), LongCSVReader(chunkSize: 1)] {
                let summary = try reader.read(path: path, check: Project.check) { _ in }
                #expect(summary.vintage?.description == vintage, "\(comments)")
            }
        }
    }
}
