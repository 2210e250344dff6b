// Text cells of our CSV exports: a cell a spreadsheet would run as a formula is neutralised (OWASP).

import AgileCore
import Testing

@Suite struct CSVTextTests {
    /// Each character OWASP lists, first in a cell: a single quote in front, inside quotes.
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("+1+2", "\"'+1+2\""),
        ("-2+3", "\"'-2+3\""),
        ("@SUM(A1:A9)", "\"'@SUM(A1:A9)\""),
        ("\t=1", "\"'\t=1\""),
        ("\r=1", "\"'\r=1\""),
        ("=1,2", "\"'=1,2\""),
    ])
    func formulaStartsAreNeutralised(_ text: String, _ cell: String) {
        #expect(CSVText.cell(text) == cell)
    }

    /// Plain text is written as before: quoted only when it must be.
    @Test(arguments: [
        ("Physical", "Physical"),
        ("a=b", "a=b"),
        ("minmax:1,100", "\"minmax:1,100\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("", ""),
        (" =1", " =1"),
    ])
    func plainTextIsQuotedOnlyWhenNeeded(_ text: String, _ cell: String) {
        #expect(CSVText.cell(text) == cell)
    }

    /// The minimal quoting (VESTA's bytes) leaves a formula as it is.
    @Test func minimalQuotingKeepsFormulas() {
        #expect(CSVText.quoted("=1+2") == "=1+2")
        #expect(CSVText.quoted("=1,2") == "\"=1,2\"")
    }
}
