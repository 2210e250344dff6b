// One table, three formats: aligned text, CSV at the declared decimals, JSON in full precision.

import AgileCore
import AgileReport
import Foundation
import Testing

@Suite struct ResultTableTests {
    static let table = ResultTable(
        columns: [
            .integer("rank", title: "Rank"), .text("country", title: "Country"), .text("country_name", title: "", width: 8),
            .number("score", title: "Score", decimals: 2), .number("change", title: "Change", decimals: 1, signed: true),
            .stored("raw", title: "Raw"), .text("note", title: "Note", inText: false),
        ],
        rows: [
            [.number(1), .text("USA"), .text("United States"), .number(78.345), .number(-2.25), .number(1e-5), .text("=HYPERLINK(\"x\")")],
            [.number(2), .text("CIV"), .text("Côte d’Ivoire"), .number(2.0 / 3), .number(0.04), .missing, .text("a,b\nc")],
            [.missing, .text("XKX"), .text(""), .value(.nan), .number(3), .number(-1234567.5), .missing],
        ])

    @Test func text() {
        #expect(Self.table.text == """
            Rank  Country            Score  Change         Raw
               1  USA      United S  78.35    −2.3     0.00001
               2  CIV      Côte d’I   0.67     0.0           –
               –  XKX                    –    +3.0  -1234567.5
            """)
    }

    @Test func csv() {
        #expect(Self.table.csv == """
            rank,country,country_name,score,change,raw,note
            1,USA,United States,78.35,-2.3,0.00001,"'=HYPERLINK(""x"")"
            2,CIV,Côte d’Ivoire,0.67,0.0,,"a,b
            c"
            ,XKX,,,3.0,-1234567.5,

            """)
    }

    /// JSONSerialization reads it; numbers keep full precision, missing cells are null, keys
    /// come in column order.
    @Test func json() throws {
        let text = Self.table.json(notes: ["Note one.", "Two \"quoted\""])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["notes"] as? [String] == ["Note one.", "Two \"quoted\""])
        let columns = try #require(document["columns"] as? [[String: Any]])
        #expect(columns.map { $0["name"] as? String } == ["rank", "country", "country_name", "score", "change", "raw", "note"])
        #expect(columns[3]["decimals"] as? Int == 2 && columns[3]["kind"] as? String == "number")
        #expect(columns[5]["decimals"] is NSNull && columns[1]["kind"] as? String == "text")
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.count == 3)
        #expect((rows[1]["score"] as? NSNumber)?.doubleValue == 2.0 / 3)
        #expect(rows[1]["raw"] is NSNull && rows[2]["rank"] is NSNull && rows[2]["score"] is NSNull)
        #expect(rows[1]["note"] as? String == "a,b\nc")
        #expect(text.contains("{\"rank\": 1, \"country\": \"USA\", \"country_name\": \"United States\", \"score\": 78.345, \"change\": -2.25, \"raw\": 0.00001,"))
        let empty = ResultTable(columns: [.text("a", title: "A")], rows: []).json(notes: [])
        #expect(empty == "{\n  \"notes\": [],\n  \"columns\": [\n    {\"name\": \"a\", \"title\": \"A\", \"kind\": \"text\", \"decimals\": null}\n  ],\n  \"rows\": []\n}\n")
    }

    /// The lines around the table: cautions to standard error with CSV, notes in JSON.
    @Test func outputAroundTheTable() {
        let output = TabularOutput(heading: ["Heading."], cautions: ["Caution."], table: ResultTable(columns: [.integer("n", title: "N")], rows: [[.number(1)]]),
                                   reading: ["Reading."])
        #expect(output.standardOutput(.table) == "Heading.\nCaution.\n\nN\n1\n\nReading.\n")
        #expect(output.standardOutput(.csv) == "n\n1\n")
        #expect(output.standardError(.csv) == ["note: Caution."] && output.standardError(.table).isEmpty)
        #expect(output.standardOutput(.json).hasPrefix("{\n  \"notes\": [\n    \"Heading.\",\n    \"Caution.\",\n    \"Reading.\"\n  ],"))
    }
}
