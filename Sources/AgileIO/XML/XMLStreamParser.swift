// A streaming XML parser: libxml2's SAX2 push parser fed in chunks, with safe options.

import AgileCore
import CLibXML2

/// An attribute of an element as the stream parser reports it.
struct XMLAttribute {
    var name: String
    var value: String
}

/// Receives the events of a streamed document. Throwing stops the parse.
protocol XMLStreamHandler: AnyObject {
    func startElement(_ name: String, namespace: String?, attributes: [XMLAttribute], at location: Provenance) throws(InputError)
    func endElement(_ name: String, at location: Provenance) throws(InputError)
    func characters(_ text: UnsafeBufferPointer<UInt8>)
}

/// Streams a file through libxml2's SAX2 push parser.
///
/// Memory stays flat in the file size: the file is read in chunks and only the handler keeps
/// state. The prolog is checked by ``XMLProlog`` first (no DTD ever reaches libxml2), and the
/// parser runs with ``LibXML2/safeOptions`` and a depth limit.
final class XMLStreamParser {
    /// Deepest element nesting accepted.
    static let maximumDepth = 256

    let file: String
    private unowned let handler: any XMLStreamHandler
    private var context: xmlParserCtxtPtr?
    private var failure: InputError?
    private var depth = 0

    init(file: String, handler: any XMLStreamHandler) {
        self.file = file
        self.handler = handler
    }

    /// Parses the whole file, calling the handler for each event.
    func parse(chunkSize: Int = 256 * 1024) throws(InputError) {
        _ = LibXML2.initialised
        let input = try InputFile(path: file, chunkSize: chunkSize)
        var handlerTable = XMLStreamParser.saxHandler()
        let me = Unmanaged.passUnretained(self).toOpaque()
        guard let ctxt = xmlCreatePushParserCtxt(&handlerTable, me, nil, 0, file) else {
            throw InputError(Provenance(file: file, line: 0), problem: "cannot start the XML parser")
        }
        context = ctxt
        defer {
            xmlFreeParserCtxt(ctxt)
            context = nil
        }
        xmlCtxtUseOptions(ctxt, LibXML2.safeOptions)
        var prologChecked = false
        var prolog: [UInt8] = []
        while let chunk = try input.nextChunk() {
            if !prologChecked {
                prolog += chunk
                prologChecked = try XMLProlog.check(prolog[...], file: file)
                if !prologChecked && prolog.count <= XMLProlog.limit { continue }
                try feed(prolog[...], terminate: false)
                prolog = []
                prologChecked = true
                continue
            }
            try feed(chunk, terminate: false)
        }
        if !prolog.isEmpty { try feed(prolog[...], terminate: false) }
        try feed([][...], terminate: true)
    }

    private func feed(_ bytes: ArraySlice<UInt8>, terminate: Bool) throws(InputError) {
        guard let ctxt = context else { return }
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlParseChunk(ctxt, $0, Int32(buffer.count), terminate ? 1 : 0)
                }
            } ?? xmlParseChunk(ctxt, nil, 0, terminate ? 1 : 0)
        }
        if let failure { throw failure }
        if status != 0 || ctxt.pointee.wellFormed == 0 {
            throw LibXML2.inputError(xmlCtxtGetLastError(ctxt), file: file)
        }
    }

    /// The place the parser has reached.
    var location: Provenance {
        Provenance(file: file, line: Int(agile_xmlCurrentLine(context)), column: Int(agile_xmlCurrentColumn(context)))
    }

    private func fail(_ error: InputError) {
        if failure == nil { failure = error }
        if let context { xmlStopParser(context) }
    }

    /// libxml2 (without entity substitution, which stays off) hands an `&` of an attribute
    /// value over as the character reference `&#38;`; every other character arrives decoded.
    static func unescapedAmpersands(_ value: String) -> String {
        value.utf8.contains(UInt8(ascii: "&")) ? value.replacing("&#38;", with: "&") : value
    }

    private static func parser(_ userData: UnsafeMutableRawPointer?) -> XMLStreamParser {
        Unmanaged<XMLStreamParser>.fromOpaque(userData!).takeUnretainedValue()
    }

    private static func saxHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { userData, localname, _, uri, _, _, attributeCount, _, attributes in
            let parser = XMLStreamParser.parser(userData)
            guard parser.failure == nil else { return }
            parser.depth += 1
            if parser.depth > XMLStreamParser.maximumDepth {
                parser.fail(InputError(parser.location, problem: "elements are nested deeper than \(XMLStreamParser.maximumDepth) levels"))
                return
            }
            let name = String(cString: localname!)
            let namespace = uri.map { String(cString: $0) }
            var list: [XMLAttribute] = []
            if let attributes, attributeCount > 0 {
                list.reserveCapacity(Int(attributeCount))
                for index in 0..<Int(attributeCount) {
                    let base = index * 5
                    let attributeName = String(cString: attributes[base]!)
                    let start = attributes[base + 3]!, end = attributes[base + 4]!
                    let value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
                    list.append(XMLAttribute(name: attributeName, value: XMLStreamParser.unescapedAmpersands(value)))
                }
            }
            do throws(InputError) {
                try parser.handler.startElement(name, namespace: namespace, attributes: list, at: parser.location)
            } catch {
                parser.fail(error)
            }
        }
        sax.endElementNs = { userData, localname, _, _ in
            let parser = XMLStreamParser.parser(userData)
            guard parser.failure == nil else { return }
            parser.depth -= 1
            do throws(InputError) {
                try parser.handler.endElement(String(cString: localname!), at: parser.location)
            } catch {
                parser.fail(error)
            }
        }
        sax.characters = { userData, text, length in
            let parser = XMLStreamParser.parser(userData)
            guard parser.failure == nil, let text else { return }
            parser.handler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        sax.internalSubset = { userData, _, _, _ in
            let parser = XMLStreamParser.parser(userData)
            parser.fail(InputError(parser.location, problem: "declares a document type (<!DOCTYPE …>); DTDs are refused"))
        }
        sax.entityDecl = { userData, _, _, _, _, _ in
            let parser = XMLStreamParser.parser(userData)
            parser.fail(InputError(parser.location, problem: "declares an entity; entities are refused"))
        }
        sax.getEntity = { _, _ in nil }
        sax.reference = { userData, name in
            let parser = XMLStreamParser.parser(userData)
            let entity = name.map { String(cString: $0) } ?? ""
            parser.fail(InputError(parser.location, problem: "uses the entity &\(entity);, entities are refused"))
        }
        return sax
    }
}
