// libxml2 prints nothing of its own: a file with bad bytes gives the toolkit's one error line.

import Foundation
import Testing

@Suite struct LibXML2MessageTests {
    @Test func anEncodingErrorGivesOneLineOnStandardError() throws {
        let folder = try TemporaryFolder()
        let result = try folder.agile(["ingest", "--db", folder.db, "Tests/Fixtures/fuzz/xml-utf7-invalid-bytes.xml"])
        #expect(result.status == 1, "\(result)")  // data refused
        // Without the silenced handler libxml2 also printed "encoding error : input conversion
        // failed…" and "xmlParseChunk: encoder error" here.
        #expect(result.stderr == "error: Tests/Fixtures/fuzz/xml-utf7-invalid-bytes.xml:3:3: input conversion failed due to input error, bytes 0xFF 0xFF 0xFF 0xFF (expected text valid in the encoding the XML declaration names, from here on; the toolkit's files are UTF-8)\n", "\(result)")
    }
}
