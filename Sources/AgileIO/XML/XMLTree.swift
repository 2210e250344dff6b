// A parsed XML document (libxml2 DOM) for small files such as registries, with typed access.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore
import CLibXML2

/// A whole document parsed into memory with the safe options, for files of a few hundred KB
/// (registries). Data files are streamed with ``XMLStreamParser`` instead.
final class XMLTree {
    let file: String
    let document: xmlDocPtr

    /// The largest file read into a tree.
    static let maximumSize = 16 << 20

    /// Parses `path`; the prolog is checked first, so a DTD never reaches libxml2.
    convenience init(path: String) throws(InputError) {
        var bytes: [UInt8] = []
        let input = try InputFile(path: path)
        while let chunk = try input.nextChunk() {
            bytes += chunk
            if bytes.count > XMLTree.maximumSize {
                throw InputError(.limit, Provenance(file: path, line: 0), problem: "is larger than \(XMLTree.maximumSize >> 20) MiB")
            }
        }
        try self.init(bytes: bytes, file: path)
    }

    /// Parses a document held in memory; `file` names it in errors.
    init(bytes: [UInt8], file path: String) throws(InputError) {
        LibXML2.prepare()
        try TextEncoding.refuseUnsupported(head: bytes, file: path)
        file = path
        _ = try XMLProlog.check(bytes[...], file: path)
        guard let ctxt = xmlNewParserCtxt() else {
            throw InputError(.unreadable, Provenance(file: path, line: 0), problem: "cannot start the XML parser")
        }
        defer { xmlFreeParserCtxt(ctxt) }
        LibXML2.resetLastError()
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(ctxt, $0, Int32(buffer.count), path, nil, LibXML2.safeOptions)
            }
        }
        guard let parsed, ctxt.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            throw LibXML2.parserError(ctxt, file: path, line: Int(agile_xmlCurrentLine(ctxt)), column: Int(agile_xmlCurrentColumn(ctxt)))
        }
        if parsed.pointee.intSubset != nil {
            xmlFreeDoc(parsed)
            throw InputError(.refusedDocument, Provenance(file: path, line: 1), problem: "declares a document type; DTDs are refused")
        }
        if let error = XMLTree.controlCharacter(in: parsed, file: path) {
            xmlFreeDoc(parsed)
            throw error
        }
        document = parsed
    }

    /// The error for the first attribute value or text that holds a control character (DEL and
    /// the C1 controls are XML characters; names, units and sources reach the reports).
    private static func controlCharacter(in document: xmlDocPtr, file: String) -> InputError? {
        func check(_ content: UnsafePointer<xmlChar>?, field: UnsafePointer<xmlChar>?, node: xmlNodePtr) -> InputError? {
            guard let content else { return nil }
            let bytes = UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)))
            guard let scalar = ControlCharacters.first(inUTF8: bytes) else { return nil }
            return ControlCharacters.error(
                scalar, in: String(decoding: bytes, as: UTF8.self), field: field.map { String(cString: $0) },
                at: Provenance(file: file, line: Int(xmlGetLineNo(node))))
        }
        var pending: [xmlNodePtr] = xmlDocGetRootElement(document).map { [$0] } ?? []
        while let node = pending.popLast() {
            var attribute = node.pointee.properties
            while let current = attribute {
                if let text = current.pointee.children, let error = check(text.pointee.content, field: current.pointee.name, node: node) {
                    return error
                }
                attribute = current.pointee.next
            }
            var child = node.pointee.children
            var children: [xmlNodePtr] = []
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE {
                    children.append(current)
                } else if current.pointee.type == XML_TEXT_NODE, let error = check(current.pointee.content, field: node.pointee.name, node: current) {
                    return error
                }
                child = current.pointee.next
            }
            pending += children.reversed()
        }
        return nil
    }

    deinit { xmlFreeDoc(document) }

    /// The root element.
    var root: XMLTreeElement? {
        xmlDocGetRootElement(document).map { XMLTreeElement(node: $0, file: file) }
    }

    /// Validates the document against the XSD at `schemaPath`.
    /// - Throws: the first schema violation, with its line.
    func validate(schemaPath: String) throws(InputError) {
        try validate(schemaName: schemaPath, parserContext: xmlSchemaNewParserCtxt(schemaPath))
    }

    /// Validates the document against a registry's companion schema: the file beside the
    /// registry, or the built-in copy.
    /// - Throws: the first schema violation, with its line.
    func validate(schema: RegistryCompanion) throws(InputError) {
        if let path = schema.path { return try validate(schemaPath: path) }
        let bytes = schema.file.bytes
        try bytes.withUnsafeBufferPointer { (buffer) throws(InputError) in
            let context = buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlSchemaNewMemParserCtxt($0, Int32(buffer.count))
            }
            try validate(schemaName: schema.displayName, parserContext: context)
        }
    }

    /// Validates the document against the schema `parserContext` reads (freed here).
    private func validate(schemaName: String, parserContext: xmlSchemaParserCtxtPtr?) throws(InputError) {
        guard let parserContext else {
            throw InputError(.unreadable, Provenance(file: schemaName, line: 0), problem: "cannot read the schema")
        }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        let schemaErrors = XMLErrorCollector(file: schemaName)
        xmlSchemaSetParserStructuredErrors(parserContext, XMLErrorCollector.callback, Unmanaged.passUnretained(schemaErrors).toOpaque())
        guard let schema = xmlSchemaParse(parserContext) else {
            throw schemaErrors.errors.first ?? InputError(.structure, Provenance(file: schemaName, line: 0), problem: "is not a valid XML schema")
        }
        defer { xmlSchemaFree(schema) }
        guard let validator = xmlSchemaNewValidCtxt(schema) else {
            throw InputError(.unreadable, Provenance(file: schemaName, line: 0), problem: "cannot start schema validation")
        }
        defer { xmlSchemaFreeValidCtxt(validator) }
        let errors = XMLErrorCollector(file: file)
        withExtendedLifetime(errors) {
            xmlSchemaSetValidStructuredErrors(validator, XMLErrorCollector.callback, Unmanaged.passUnretained(errors).toOpaque())
            _ = xmlSchemaValidateDoc(validator, document)
        }
        if let first = errors.errors.first {
            var error = first
            error.expected = "the registry must follow \(schemaName)"
            throw error
        }
    }
}

/// An element of an ``XMLTree``, valid while the tree lives.
struct XMLTreeElement {
    let node: xmlNodePtr
    let file: String

    var name: String { String(cString: node.pointee.name) }

    var location: Provenance {
        Provenance(file: file, line: Int(xmlGetLineNo(node)))
    }

    /// Child elements, optionally only those called `name`.
    func children(_ name: String? = nil) -> [XMLTreeElement] {
        var result: [XMLTreeElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                let element = XMLTreeElement(node: current, file: file)
                if name == nil || element.name == name { result.append(element) }
            }
            child = current.pointee.next
        }
        return result
    }

    /// The first child element called `name`.
    func child(_ name: String) -> XMLTreeElement? { children(name).first }

    /// The value of an attribute, or `nil` when it is absent.
    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { agile_xmlFree(value) }
        return String(cString: value)
    }

    /// The text content, with surrounding white space removed and inner runs collapsed.
    var text: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { agile_xmlFree(content) }
        return String(cString: content).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
