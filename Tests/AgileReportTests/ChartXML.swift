// Parses chart output with Foundation's XMLParser into a small tree for the chart tests.

#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation

/// An element of a parsed SVG.
final class XMLNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// This element and all below it, in document order.
    var all: [XMLNode] { [self] + children.flatMap(\.all) }

    /// All text inside, children included.
    var allText: String { text + children.map(\.allText).joined() }

    func elements(_ name: String) -> [XMLNode] { all.filter { $0.name == name } }

    func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
}

/// The parse of an SVG string: the root, or the parser's error.
struct ParsedSVG {
    var root: XMLNode?
    var error: String?

    init(_ svg: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        root = ok ? collector.root : nil
        error = ok ? collector.error : (parser.parserError.map { "\($0)" } ?? collector.error ?? "parse failed")
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var root: XMLNode?
        var stack: [XMLNode] = []
        var error: String?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            let node = XMLNode(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            error = "\(parseError)"
        }
    }
}
