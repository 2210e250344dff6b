// An element's start or end tag as libxml2 reports it, read in place without copying.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore
import CLibXML2

/// The tag an ``XMLStreamHandler`` receives: libxml2's own buffers, read in place.
///
/// Names and attribute values stay bytes until asked for as strings, so a handler can compare
/// names and check values without making a `String` per element. A tag is only valid during the
/// handler call that receives it.
///
/// ```swift
/// if tag.isNamed("obs") {
///     for index in 0..<tag.attributeCount where XMLTag.spells(tag.attributeName(index), "year") {
///         let year = tag.valueBytes(index)
///     }
/// }
/// ```
struct XMLTag {
    /// The local name (without prefix), NUL-terminated.
    let localName: UnsafePointer<xmlChar>
    /// The namespace URI, NUL-terminated, if the element has one.
    let namespaceURI: UnsafePointer<xmlChar>?
    /// The number of attributes (0 for an end tag).
    let attributeCount: Int
    /// libxml2's attribute table: five pointers per attribute (local name, prefix, URI, value
    /// start, value end).
    let attributeTable: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    /// The parser reporting the tag, for its place in the file (not retained: it outlives the tag).
    let parser: Unmanaged<XMLStreamParser>

    /// Where the tag is: the place the parser has reached.
    var location: Provenance { parser._withUnsafeGuaranteedRef { $0.location } }

    /// The local name.
    var name: String { String(cString: localName) }

    /// The namespace URI, if any.
    var namespace: String? { namespaceURI.map { String(cString: $0) } }

    /// Whether the local name is `name`, compared as bytes.
    func isNamed(_ name: StaticString) -> Bool {
        Self.spells(localName, name)
    }

    /// Whether the element is in the namespace `uri`, compared as bytes.
    func isInNamespace(_ uri: StaticString) -> Bool {
        namespaceURI.map { Self.spells($0, uri) } ?? false
    }

    /// The local name of attribute `index`, NUL-terminated.
    @inline(__always)
    func attributeName(_ index: Int) -> UnsafePointer<xmlChar> {
        attributeTable![index * 5]!
    }

    /// The raw bytes of attribute `index`'s value, as libxml2 hands them over (an `&` of the
    /// document appears as the character reference `&#38;`, see ``value(_:)``).
    @inline(__always)
    func valueBytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = attributeTable![index * 5 + 3]!, end = attributeTable![index * 5 + 4]!
        return UnsafeBufferPointer(start: start, count: end - start)
    }

    /// The value of attribute `index` as the document means it.
    func value(_ index: Int) -> String {
        XMLStreamParser.unescapedAmpersands(String(decoding: valueBytes(index), as: UTF8.self))
    }

    /// All attributes as name–value pairs, in document order.
    var attributes: [XMLAttribute] {
        (0..<attributeCount).map { index in
            XMLAttribute(name: String(cString: attributeTable![index * 5]!), value: value(index))
        }
    }

    /// Whether the NUL-terminated `bytes` spell `text` exactly.
    @inline(__always)
    static func spells(_ bytes: UnsafePointer<xmlChar>, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        let expected = text.utf8Start
        guard count > 8 else {
            for index in 0..<count where bytes[index] != expected[index] { return false }
            return bytes[count] == 0
        }
        // Longer texts (a namespace) through the C library; it stops at the first NUL.
        let name = UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self)
        let literal = UnsafeRawPointer(expected).assumingMemoryBound(to: CChar.self)
        return strncmp(name, literal, count) == 0 && bytes[count] == 0
    }
}
