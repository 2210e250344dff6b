// The speed paths of the report give exactly what the general paths give: SVG numbers written
// as bytes against FixedDecimal, plain Markdown values against the full escaping, byte search
// against the standard library's, and the HTML twins of .md links.

import AgileCore
@testable import AgileReport
import Testing

@Suite struct FastPathTests {
    /// Values at the edges of rounding, sign, size and finiteness.
    static let numbers: [Double] = [
        0, -0.0, 0.001, -0.001, 0.004999, 0.005, -0.005, 0.015, 0.1 + 0.2, 1, 10, 12.5, -12.5, 99.995, 100, 440, 520.04,
        1.0 / 3.0, -2.0 / 3.0, 123_456.789, 9.999_999, 1e15, -1e15, 1e16, -1e300, 1e308, .greatestFiniteMagnitude,
        .leastNonzeroMagnitude, .nan, .infinity, -.infinity,
    ]

    @Test func svgNumbersAreFixedDecimalsDigitForDigit() {
        var random = SystemRandomNumberGenerator()
        let values = FastPathTests.numbers + (0..<5_000).map { _ in Double.random(in: -1_000...1_000, using: &random) }
            + (0..<1_000).map { _ in Double(Int.random(in: -100_000...100_000, using: &random)) / 1_000 }
        for value in values {
            var bytes: [UInt8] = []
            SVGDocument.writeNumber(value, to: &bytes)
            let expected = value.isFinite ? FixedDecimal.trimmed(value, decimals: 2) : "0"
            #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(value)")
            #expect(SVGDocument.number(value) == expected)
        }
    }

    /// Worked out by hand from the Markdown escaping rules.
    @Test(arguments: [
        ("57.9", "57.9"), ("−0.11", "−0.11"), ("1.5", "1.5"), ("1.", "1\\."), ("12) x", "12\\) x"), ("12)x", "12)x"),
        ("a1. x", "a1. x"), ("# x", "\\# x"), ("#x", "#x"), ("- x", "\\- x"), ("-x", "-x"), ("x - y", "x - y"), ("==", "\\=="),
        ("a|b", "a\\|b"), ("a_b", "a\\_b"), ("tab\there", "tab here"), ("a\u{85}b", "a\u{FFFD}b"), ("é ç", "é ç"),
        ("", ""), ("United States", "United States"), ("(illustrative)", "(illustrative)"),
    ])
    func markdownEscapingOfPlainAndMarkedValues(_ value: String, _ expected: String) {
        #expect(Escaping.markdown(value) == expected)
    }

    /// Random texts over the characters the rules care about: whenever the byte check calls a
    /// text plain, the full escaping leaves it as it is.
    @Test func plainMarkdownIsLeftAsItIs() {
        let alphabet = ["1", "2", ".", ")", " ", "#", "-", "+", "=", "|", "a", "\\", "*", "\n", "\u{85}", "é", "−", "\u{FFFE}", "[", "&"]
        var random = SystemRandomNumberGenerator()
        var plain = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            guard Escaping.isPlainMarkdown(text) else { continue }
            plain += 1
            #expect(Escaping.escapedMarkdown(text, pipe: "\\|") == text, "\(text.debugDescription)")
        }
        #expect(plain > 1_000)
    }

    @Test func byteSearchFindsWhatTheStandardLibraryFinds() {
        let text = "é<p>|a</p>\u{E000}<p>| b</p>ü"
        for needle in ["<p>|", "</p>", "\u{E000}", "ü", "x", "<p>| b</p>ü", "é<"] {
            let found = Substring(text).firstRange(ofBytes: needle)
            #expect(found.map { String(text[$0]) } == text.range(of: needle).map { String(text[$0]) })
            #expect(found?.lowerBound == text.range(of: needle)?.lowerBound)
        }
        #expect(Substring(text).dropFirst(2).firstRange(ofBytes: "<p>|").map { String(text[$0.lowerBound...]) } == "<p>| b</p>ü")
        #expect("a|b|c".replacingBytes("|", with: "&#124;") == "a&#124;b&#124;c")
        #expect("abc".replacingBytes("|", with: "&#124;") == "abc")
    }

    @Test func linksToMarkdownPagesPointAtTheirHTMLTwins() {
        let html = """
            <p><a href="USA.md">United States</a> <a href="audit.md#intervals">audit</a> \
            <a href="indicator-I14.md?x=1">I14</a> <a href="https://example.org/readme.md">readme</a> \
            <a href="charts/USA-radar.svg">chart</a> <a href="notes.mdx">notes</a> <a href=".md">odd</a> a href="X.md"</p>
            """
        #expect(HTMLPage.linkingHTMLTwins(html) == """
            <p><a href="USA.html">United States</a> <a href="audit.html#intervals">audit</a> \
            <a href="indicator-I14.html?x=1">I14</a> <a href="https://example.org/readme.md">readme</a> \
            <a href="charts/USA-radar.svg">chart</a> <a href="notes.mdx">notes</a> <a href=".md">odd</a> a href="X.md"</p>
            """)
    }
}

/// A site made in both formats at once (country and indicator pages rendered once for both) is
/// byte for byte the site each format's own rendering gives: with data pipes, markup and a
/// link-like name in the data, evidence charts and the audit link.
@Suite struct CountryPageOnceTests {
    @Test func bothFormatsFromOneRenderingEqualEachFormatsOwn() throws {
        let hostile = "A|B [x](y.md) *b* & <i> 1. | end"
        let input = try AuditFixture.input(countries: ReportFixture.catalog(usaName: hostile))
        let site = ReportSite(input: input, templates: try ReportFixture.templates())
        let both = site.files(formats: [.markdown, .html])
        let markdown = site.files(formats: [.markdown]), html = site.files(formats: [.html])
        #expect(Set(both.map(\.path)) == Set((markdown + html).map(\.path)))
        let separately = Dictionary((markdown + html).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for file in both {
            // Workbooks compared as printed: a missing score is NaN, which is not == itself.
            #expect(file.content == separately[file.path]?.content, "\(file.path)")
            #expect(String(describing: file.binary) == String(describing: separately[file.path]?.binary), "\(file.path)")
        }
        #expect(both.filter { $0.path.hasPrefix("indicator-") }.count == 8)
        let usa = try #require(both.first { $0.path == "USA.md" }).content
        #expect(usa.contains("A\\|B"))
        #expect(usa.contains("](charts/USA-ranking.svg)"))
        #expect(try #require(both.first { $0.path == "USA.html" }).content.contains("href=\"indicator-A.html\""))
    }
}

extension CountryPageOnceTests {
    /// The country template's links name the `.md` pages in both formats (the HTML page points
    /// them at the `.html` twins) and hold no explorer link, as on a `.md` page.
    @Test func countryTemplateLinksAreTheMarkdownPages() throws {
        var sources: [String: String] = [:]
        for name in ReportTemplates.files {
            sources[name] = try String(contentsOfFile: "\(ReportFixture.root)/Templates/\(name)", encoding: .utf8)
        }
        sources["country.md.mustache"] = "# {{name}}\n\n[ranking]({{links.index}}) explorer:{{#links.explorer}}[here]({{.}}){{/links.explorer}}none\n"
        let site = ReportSite(input: try ReportFixture.input(), templates: try ReportTemplates(sources: sources))
        let files = Dictionary(site.files(formats: [.markdown, .html]).map { ($0.path, $0.content) }, uniquingKeysWith: { first, _ in first })
        #expect(try #require(files["USA.md"]).hasPrefix("# United States of America\n\n[ranking](index.md) explorer:none\n"))
        let html = try #require(files["USA.html"])
        #expect(html.contains("<p><a href=\"index.html\">ranking</a> explorer:none</p>"))
    }
}
