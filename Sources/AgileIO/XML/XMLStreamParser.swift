// A streaming XML parser: libxml2's SAX2 push parser fed in chunks, with safe options.

import AgileCore
import CLibXML2

/// Streams a file through libxml2's SAX2 push parser.
///
/// Memory stays flat in the file size: the file is read in chunks and only the handler keeps
/// state. The prolog is checked by ``XMLProlog`` first (no DTD ever reaches libxml2), and the
/// parser runs with ``LibXML2/safeOptions``, a depth limit and an attribute length limit.
final class XMLStreamParser {
    /// Deepest element nesting accepted.
    static let maximumDepth = 256
    /// Longest attribute value accepted, in bytes (libxml2 alone would take up to 10,000,000).
    static let maximumAttributeLength = 1 << 20

    let file: String
    /// Held strongly (the handler does not hold the parser): an `unowned` reference would cost a
    /// reference count on every event.
    private let handler: any XMLStreamHandler
    private var context: xmlParserCtxtPtr?
    private var failure: InputError?
    // Tested and changed on every event, by libxml2's callbacks only (one at a time), so without
    // the run-time exclusivity checks of class properties.
    /// Whether `failure` is set, tested on every event without copying the error.
    @exclusivity(unchecked) private var failed = false
    @exclusivity(unchecked) private var depth = 0

    /// The file, when the parser was given one already open.
    private let input: InputFile?

    /// A parser of the file at `file`, opened when ``parse(chunkSize:)`` starts.
    init(file: String, handler: any XMLStreamHandler) {
        self.file = file
        self.handler = handler
        input = nil
    }

    /// A parser of a file already open (its head may have been taken to recognise the format).
    init(input: InputFile, handler: any XMLStreamHandler) {
        file = input.path
        self.handler = handler
        self.input = input
    }

    /// Parses the whole file, calling the handler for each event.
    ///
    /// The first bytes are checked for UTF-16 and UTF-32 (``TextEncoding``), and the prolog is
    /// held back until ``XMLProlog`` has checked all of it, so libxml2 never sees a DTD.
    func parse(chunkSize: Int = 256 * 1024) throws(InputError) {
        LibXML2.prepare()
        LibXML2.resetLastError()
        let input: InputFile
        if let given = self.input {
            input = given
        } else {
            input = try InputFile(path: file)
        }
        var handlerTable = XMLStreamParser.saxHandler(characters: handler.receivesCharacters)
        let me = Unmanaged.passUnretained(self).toOpaque()
        guard let ctxt = xmlCreatePushParserCtxt(&handlerTable, me, nil, 0, file) else {
            throw InputError(.unreadable, Provenance(file: file, line: 0), problem: "cannot start the XML parser")
        }
        context = ctxt
        defer {
            xmlFreeParserCtxt(ctxt)
            context = nil
        }
        xmlCtxtUseOptions(ctxt, LibXML2.safeOptions)
        var buffer = [UInt8](repeating: 0, count: max(TextEncoding.bytesNeeded, chunkSize))
        var started = false
        var prologChecked = false
        var prolog: [UInt8] = []
        while true {
            let count = try buffer.withUnsafeMutableBufferPointer { (raw) throws(InputError) in try input.readChunk(into: raw) }
            if count == 0 { break }
            let chunk = buffer[0..<count]
            if !started {
                // A chunk is filled unless the file ends: the first holds the bytes the check needs.
                try TextEncoding.refuseUnsupported(head: chunk, file: file)
                started = true
            }
            if !prologChecked {
                // Held back until the root element starts; past the limit, the check throws.
                prolog += chunk
                prologChecked = try XMLProlog.check(prolog[...], file: file)
                guard prologChecked else { continue }
                try feed(prolog[...], terminate: false)
                prolog = []
                continue
            }
            try feed(chunk, terminate: false)
        }
        // A file that ends inside its prolog (checked so far) goes to libxml2 for its error.
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
            let here = location
            throw LibXML2.parserError(ctxt, file: file, line: here.line, column: here.column)
        }
    }

    /// The place the parser has reached.
    var location: Provenance {
        Provenance(file: file, line: Int(agile_xmlCurrentLine(context)), column: Int(agile_xmlCurrentColumn(context)))
    }

    private func fail(_ error: InputError) {
        if !failed {
            failure = error
            failed = true
        }
        if let context { xmlStopParser(context) }
    }

    /// libxml2 (without entity substitution, which stays off) hands an `&` of an attribute
    /// value over as the character reference `&#38;`; every other character arrives decoded.
    static func unescapedAmpersands(_ value: String) -> String {
        value.utf8.contains(UInt8(ascii: "&")) ? value.replacing("&#38;", with: "&") : value
    }

    /// Calls `body` with the parser behind libxml2's user data, borrowed without a reference count.
    @inline(__always)
    private static func withParser(_ userData: UnsafeMutableRawPointer?, _ body: (XMLStreamParser) -> Void) {
        Unmanaged<XMLStreamParser>.fromOpaque(userData!)._withUnsafeGuaranteedRef(body)
    }

    private static func parser(_ userData: UnsafeMutableRawPointer?) -> XMLStreamParser {
        Unmanaged<XMLStreamParser>.fromOpaque(userData!).takeUnretainedValue()
    }

    /// The callbacks; without `characters`, libxml2 skips text without calling back.
    private static func saxHandler(characters: Bool) -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { userData, localname, _, uri, _, _, attributeCount, _, attributes in
            XMLStreamParser.withParser(userData) { parser in
                guard !parser.failed else { return }
                parser.depth += 1
                if parser.depth > XMLStreamParser.maximumDepth {
                    parser.fail(InputError(.limit, parser.location, problem: "elements are nested deeper than \(XMLStreamParser.maximumDepth) levels"))
                    return
                }
                let tag = XMLTag(
                    localName: localname!, namespaceURI: uri, attributeCount: attributes == nil ? 0 : Int(attributeCount),
                    attributeTable: attributes, parser: Unmanaged.passUnretained(parser))
                for index in 0..<tag.attributeCount {
                    let length = attributes![index * 5 + 4]! - attributes![index * 5 + 3]!
                    if length > XMLStreamParser.maximumAttributeLength {
                        parser.fail(InputError(
                            .limit, parser.location, field: String(cString: tag.attributeName(index)),
                            problem: "is an attribute of \(length) bytes, longer than the limit of \(XMLStreamParser.maximumAttributeLength >> 20) MiB"))
                        return
                    }
                    // DEL and the C1 controls are XML characters (and a character reference
                    // gives the others in XML 1.1): no attribute value may hold one.
                    if let control = ControlCharacters.first(inUTF8: tag.valueBytes(index)) {
                        parser.fail(ControlCharacters.error(
                            control, in: tag.value(index), field: String(cString: tag.attributeName(index)), at: parser.location))
                        return
                    }
                }
                do throws(InputError) {
                    try parser.handler.startElement(tag)
                } catch {
                    parser.fail(error)
                }
            }
        }
        sax.endElementNs = { userData, localname, _, uri in
            XMLStreamParser.withParser(userData) { parser in
                guard !parser.failed else { return }
                parser.depth -= 1
                let tag = XMLTag(
                    localName: localname!, namespaceURI: uri, attributeCount: 0, attributeTable: nil,
                    parser: Unmanaged.passUnretained(parser))
                do throws(InputError) {
                    try parser.handler.endElement(tag)
                } catch {
                    parser.fail(error)
                }
            }
        }
        if characters {
            sax.characters = { userData, text, length in
                XMLStreamParser.withParser(userData) { parser in
                    guard !parser.failed, let text else { return }
                    parser.handler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
                }
            }
        }
        sax.internalSubset = { userData, _, _, _ in
            let parser = XMLStreamParser.parser(userData)
            parser.fail(InputError(.refusedDocument, parser.location, problem: "declares a document type (<!DOCTYPE …>); DTDs are refused"))
        }
        sax.entityDecl = { userData, _, _, _, _, _ in
            let parser = XMLStreamParser.parser(userData)
            parser.fail(InputError(.refusedDocument, parser.location, problem: "declares an entity; entities are refused"))
        }
        sax.getEntity = { _, _ in nil }
        sax.reference = { userData, name in
            let parser = XMLStreamParser.parser(userData)
            let entity = name.map { String(cString: $0) } ?? ""
            parser.fail(InputError(.refusedDocument, parser.location, problem: "uses the entity &\(entity);, entities are refused"))
        }
        return sax
    }
}
