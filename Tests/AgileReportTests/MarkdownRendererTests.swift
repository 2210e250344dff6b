// cmark renders Markdown safely, and data strings are escaped for HTML and Markdown.

import AgileReport
import Foundation
import Testing

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersCommonMark() {
        #expect(renderer.html("# AGILE\n\n**USA** leads.") == "<h1>AGILE</h1>\n<p><strong>USA</strong> leads.</p>\n")
        #expect(renderer.html("| a |\n|---|\n| 1 |").contains("| a |"))  // plain CommonMark: no tables
    }

    @Test func rawHTMLNeverPasses() {
        let html = renderer.html("Note <script>alert(1)</script>\n\n<div onclick=\"x\">y</div>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<div"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(renderer.html("[x](javascript:alert(1))") == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func escapedDataShowsAsText() {
        let hostile = "<script>alert('x')</script> *not bold* [link](javascript:x) | pipe"
        let html = renderer.html("Note: " + Escaping.markdown(hostile))
        #expect(html == "<p>Note: &lt;script&gt;alert('x')&lt;/script&gt; *not bold* [link](javascript:x) | pipe</p>\n")
    }

    @Test func htmlEscaping() {
        #expect(Escaping.html("<script>\"x\" & 'y'") == "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;")
        #expect(Escaping.html("Côte d’Ivoire") == "Côte d’Ivoire")
    }

    /// One policy for pages and charts: NUL, ESC, BEL, DEL, a C1 control and U+FFFF become
    /// U+FFFD; tab, line feed and carriage return stay (HTML and XML allow them).
    @Test func controlCharactersNeverReachAPage() {
        let hostile = "a\u{0}b\u{1B}[31mc\u{7}d\u{7F}e\u{85}f\u{FFFF}g"
        let replaced = "a\u{FFFD}b\u{FFFD}[31mc\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g"
        #expect(Escaping.html(hostile) == replaced)
        #expect(Escaping.html("x\ty\nz\r") == "x\ty\nz\r")
        #expect(Escaping.markdown(hostile) == replaced.replacingOccurrences(of: "[", with: "\\["))
    }

    @Test func markdownEscapingKeepsValuesOnOneLine() {
        #expect(Escaping.markdown("a\nb\r\nc") == "a b  c")
        #expect(Escaping.markdown("1.5") == "1.5")
        #expect(Escaping.markdown("1. x") == "1\\. x")
        #expect(Escaping.markdown("57.9") == "57.9")
        #expect(Escaping.markdown("-7.4") == "-7.4")
        #expect(Escaping.markdown("- item") == "\\- item")
        #expect(Escaping.markdown("## x") == "\\## x")
        #expect(Escaping.markdown("===") == "\\===")
        #expect(renderer.html(Escaping.markdown("# not a heading")) == "<p># not a heading</p>\n")
        #expect(renderer.html(Escaping.markdown("- not a list")) == "<p>- not a list</p>\n")
    }

    @Test func linksTheExpectedCmark() {
        #expect(MarkdownRenderer.cmarkVersion.hasPrefix("0."))
    }
}
