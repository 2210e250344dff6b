// Checks that generated HTML is well-formed, with libxml2's HTML parser.

import AgileCore
import CLibXML2

/// Well-formedness of an HTML page as libxml2's HTML parser sees it.
///
/// libxml2's HTML parser predates HTML5, so it reports the HTML5 elements it does not know
/// (`svg`, `figure`, `nav`, `main`, …) as unknown tags; those reports are ignored. Everything
/// else it reports (mismatched or unclosed tags, bad attributes, stray end tags, encoding
/// errors) is a problem.
public enum HTMLCheck {
    /// The problems found in `html`, each with its line; empty for a well-formed page.
    public static func problems(in html: String, name: String = "page.html") -> [InputError] {
        LibXML2.prepare()
        guard let context = htmlNewParserCtxt() else { return [InputError(.unreadable, Provenance(file: name, line: 0), problem: "cannot start the HTML parser")] }
        defer { htmlFreeParserCtxt(context) }
        let collector = HTMLErrorCollector(file: name)
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        var document: htmlDocPtr?
        withExtendedLifetime(collector) {
            // libxml2's structured error handler is per thread: set it for this parse only.
            xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), HTMLErrorCollector.callback)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            var text = html
            document = text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { htmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), name, "UTF-8", options) }
            }
        }
        if let document { xmlFreeDoc(document) }
        return collector.errors
    }
}

/// Collects the HTML parser's errors, leaving out its "unknown tag" reports (HTML5 elements).
private final class HTMLErrorCollector {
    let file: String
    var errors: [InputError] = []

    init(file: String) { self.file = file }

    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error, error.pointee.code != Int32(XML_HTML_UNKNOWN_TAG.rawValue) else { return }
        let collector = Unmanaged<HTMLErrorCollector>.fromOpaque(userData).takeUnretainedValue()
        collector.errors.append(LibXML2.inputError(UnsafePointer(error), file: collector.file))
    }
}
