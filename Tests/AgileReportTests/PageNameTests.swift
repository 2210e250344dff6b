// A unit code never becomes a path: page names are three capital letters or a plain "unit-" name.

@testable import AgileReport
import Testing

@Suite struct PageNameTests {
    @Test(arguments: [
        ("USA", "USA"), ("../../x", "unit-x"), ("..", "unit-"), ("/etc/passwd", "unit-etcpasswd"),
        ("a/../b", "unit-ab"), (".hidden", "unit-hidden"), ("US\u{0}A", "unit-USA"), ("usa", "unit-usa"),
        ("ÅLA", "unit-LA"), (String(repeating: "x/", count: 40), "unit-xxxxxxxxxxxxxxxx"),
    ])
    func pageNameIsPlain(_ code: String, _ expected: String) {
        let name = ReportInput.pageName(code)
        #expect(name == expected)
        #expect(!name.contains("/") && !name.contains("."))
    }
}
