// The one escaping of printed text (invisible characters included) and the naming of the
// control characters text fields refuse.

import AgileCore
import Testing

@Suite struct PrintableTests {
    @Test func invisibleCharactersAreEscapedInValues() {
        // Byte-order mark, zero-width space, joiner and non-joiner, left-to-right mark, a
        // right-to-left override (which reverses what follows on screen), soft hyphen, word
        // joiner, a variation selector, a private-use and an unassigned code point.
        #expect(Printable.value("\u{FEFF}country") == "\\u{feff}country")
        #expect(Printable.value("USA\u{200B}") == "USA\\u{200b}")
        #expect(Printable.value("a\u{200D}b\u{200C}c\u{200E}") == "a\\u{200d}b\\u{200c}c\\u{200e}")
        #expect(Printable.value("abc\u{202E}fed") == "abc\\u{202e}fed")
        #expect(Printable.value("co\u{AD}op\u{2060}") == "co\\u{ad}op\\u{2060}")
        #expect(Printable.value("x\u{FE0F}") == "x\\u{fe0f}")
        #expect(Printable.value("\u{E000}\u{378}") == "\\u{e000}\\u{378}")
        // Shown as themselves: letters, marks, symbols, spaces (the no-break space too).
        #expect(Printable.value("Zürich – 東京 e\u{301} \u{A0}€") == "Zürich – 東京 e\u{301} \u{A0}€")
    }

    @Test func messagesKeepTheirLinesAndEscapeTheRest() {
        #expect(Printable.message("Error: bad \u{1B}[31mred\u{7}\nUsage: agile\tx") == "Error: bad \\u{1b}[31mred\\u{7}\nUsage: agile\tx")
        #expect(Printable.message("a\rb \"q\" \u{9B}") == "a\\rb \"q\" \\u{9b}")
        // Printable ASCII comes back as it is.
        #expect(Printable.message("plain text, 100 %") == "plain text, 100 %")
    }

    @Test func namesAreOneLineAndWhole() {
        #expect(Printable.name("data\n\u{1B}[2J.csv") == "data\\n\\u{1b}[2J.csv")
        #expect(Printable.name(String(repeating: "a", count: 200)).count == 200)
        #expect(Printable.name("my \"file\".csv") == "my \"file\".csv")
    }

    @Test func provenanceShowsTheFileEscaped() {
        #expect(Provenance(file: "x\u{1B}[31m.csv", line: 2, column: 3).description == "x\\u{1b}[31m.csv:2:3")
        #expect(Provenance(file: "<stdin>", line: 0).description == "<stdin>")
    }

    @Test func refusedControlCharacters() {
        for value: UInt32 in [0x00, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F] {
            #expect(ControlCharacters.isRefused(Unicode.Scalar(value)!), "U+\(value)")
        }
        for value: UInt32 in [0x09, 0x0A, 0x0D, 0x20, 0x7E, 0xA0, 0xFEFF, 0x200B] {
            #expect(!ControlCharacters.isRefused(Unicode.Scalar(value)!), "U+\(value)")
        }
        #expect(ControlCharacters.first(in: "tab\tand\nline\r") == nil)
        #expect(ControlCharacters.first(in: "a\u{85}b\u{1B}") == "\u{85}")
        let bytes: [UInt8] = Array("ok é".utf8) + [0xC2, 0x9B] + Array("31m".utf8)
        #expect(bytes.withUnsafeBufferPointer { ControlCharacters.first(inUTF8: $0) } == "\u{9B}")
        // 0xC2 0xA0 is the no-break space, not a control.
        #expect([UInt8]([0x61, 0xC2, 0xA0, 0x09]).withUnsafeBufferPointer { ControlCharacters.first(inUTF8: $0) } == nil)
    }

    @Test func controlCharactersAreNamed() {
        #expect(ControlCharacters.name("\u{0}") == "U+0000 (NUL)")
        #expect(ControlCharacters.name("\u{7}") == "U+0007 (BEL)")
        #expect(ControlCharacters.name("\u{1B}") == "U+001B (ESC)")
        #expect(ControlCharacters.name("\u{7F}") == "U+007F (DEL)")
        #expect(ControlCharacters.name("\u{85}") == "U+0085 (NEL)")
        #expect(ControlCharacters.name("\u{9B}") == "U+009B (CSI)")
        #expect(ControlCharacters.name("\u{200B}") == "U+200B")
    }

    @Test func theErrorNamesPlaceFieldValueAndCharacter() {
        let here = Provenance(file: "f.csv", line: 2, column: 20)
        do {
            try ControlCharacters.check("bad\u{1B}[31m", field: "note", at: here)
            Issue.record("no error thrown")
        } catch {
            #expect(error.description == "f.csv:2:20: field 'note': \"bad\\u{1b}[31m\" holds the control character U+001B (ESC) (expected text without control characters; only tab, line feed and carriage return are allowed)")
        }
        #expect(throws: Never.self) { try ControlCharacters.check("a\tb\r\nc", field: "note", at: here) }
    }
}
