// A small builder for standalone, inline-able SVG: every text escaped, every number formatted
// the same way on every machine.

import AgileCore

/// A value that can stand in an SVG attribute: numbers are formatted with ``SVGDocument/number(_:)``,
/// strings are escaped by the document when it writes them.
public protocol SVGAttributeValue: Sendable {
    /// The attribute text before escaping.
    var svgAttributeText: String { get }
    /// Writes the attribute text, escaped, as UTF-8 (a number straight as digits).
    func writeSVGAttribute(to bytes: inout [UInt8])
}

extension SVGAttributeValue {
    public func writeSVGAttribute(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: Escaping.html(svgAttributeText).utf8)
    }
}

extension Double: SVGAttributeValue {
    public var svgAttributeText: String { SVGDocument.number(self) }
    public func writeSVGAttribute(to bytes: inout [UInt8]) { SVGDocument.writeNumber(self, to: &bytes) }
}

extension Int: SVGAttributeValue {
    public var svgAttributeText: String { String(self) }
    public func writeSVGAttribute(to bytes: inout [UInt8]) { bytes.append(contentsOf: String(self).utf8) }
}

extension String: SVGAttributeValue {
    public var svgAttributeText: String { self }
}

/// An SVG image built element by element, for inlining in an HTML page or saving as a file.
///
/// The root carries `role="img"` and `aria-labelledby` pointing at its `<title>` and `<desc>`,
/// whose ids start with the (sanitised) ``idPrefix`` so that several charts can share a page.
/// Every text and attribute value is escaped (`&`, `<`, `>`, `"`, `'`; characters XML forbids
/// become U+FFFD), and numbers never show `nan`, `inf` or `-0`: the same calls give the same bytes.
///
/// ```swift
/// var doc = SVGDocument(width: 200, height: 100, idPrefix: "demo",
///                       title: "A & B", description: "One line from (10, 50) to (190, 50).")
/// doc.element("line", ["x1": 10, "y1": 50, "x2": 190, "y2": 50, "stroke": "#222"])
/// doc.text("<b>not bold</b>", x: 100, y: 30, ["text-anchor": "middle"])
/// let svg = doc.render() // "<svg xmlns=… role="img" aria-labelledby="demo-title demo-desc">…"
/// ```
public struct SVGDocument: Sendable {
    /// Width and height in user units (the `viewBox`; a note adds a band below).
    public let width: Double
    public let height: Double
    /// The prefix of every id in the document, made a valid XML name.
    public let idPrefix: String
    /// The accessible name (`<title>`).
    public var title: String
    /// The text alternative (`<desc>`).
    public var description: String

    /// The elements written so far, as UTF-8: appending bytes costs less than appending to a
    /// String, and a chart of 195 countries writes thousands of attributes.
    private var body: [UInt8] = []
    private var openElements: [String] = []

    /// A document of the given size; `idPrefix` is reduced to letters, digits, `-`, `_` and `.`,
    /// and starts with a letter (`"chart"` when nothing is left).
    public init(width: Double, height: Double, idPrefix: String, title: String, description: String) {
        self.width = width
        self.height = height
        self.idPrefix = SVGDocument.sanitisedID(idPrefix)
        self.title = title
        self.description = description
        body.reserveCapacity(4_096)
    }

    /// A document-unique id: the prefix, a dash and `name`.
    public func id(_ name: String) -> String { idPrefix + "-" + name }

    private mutating func write(_ text: String) {
        body.append(contentsOf: text.utf8)
    }

    private mutating func writeNumber(_ value: Double) {
        SVGDocument.writeNumber(value, to: &body)
    }

    /// Adds an empty element, or one holding `text` (escaped).
    public mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:], text: String? = nil
    ) {
        write("<")
        write(name)
        writeAttributes(attributes)
        if let text {
            write(">")
            write(Escaping.html(text))
            write("</")
            write(name)
            write(">\n")
        } else {
            write("/>\n")
        }
    }

    /// Opens an element that ``close()`` ends.
    public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:]) {
        write("<")
        write(name)
        writeAttributes(attributes)
        write(name == "text" ? ">" : ">\n")
        openElements.append(name)
    }

    /// Closes the element opened last.
    public mutating func close() {
        guard let name = openElements.popLast() else { return }
        write("</")
        write(name)
        write(">\n")
    }

    /// Adds text (escaped) at a point. When `content` is a shortened `fullText`, the element
    /// carries the full text in a `<title>` (a tooltip, and the name assistive technology reads).
    public mutating func text(
        _ content: String, x: Double, y: Double, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:],
        fullText: String? = nil
    ) {
        writeTextStart(x: x, y: y, attributes)
        if let fullText, fullText != content {
            write("<title>")
            write(Escaping.html(fullText))
            write("</title>")
        }
        write(Escaping.html(content))
        write("</text>\n")
    }

    /// Adds text of several lines, the first with its baseline at `y`, the next ones `lineHeight` lower.
    public mutating func text(
        lines: [String], x: Double, y: Double, lineHeight: Double,
        _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:]
    ) {
        guard lines.count > 1 else {
            text(lines.first ?? "", x: x, y: y, attributes)
            return
        }
        writeTextStart(x: x, y: y, attributes)
        for (index, line) in lines.enumerated() {
            write("<tspan x=\"")
            writeNumber(x)
            write("\"")
            if index > 0 {
                write(" dy=\"")
                writeNumber(lineHeight)
                write("\"")
            }
            write(">")
            write(Escaping.html(line))
            write("</tspan>")
        }
        write("</text>\n")
    }

    /// `<text x="…" y="…" attributes>`.
    private mutating func writeTextStart(x: Double, y: Double, _ attributes: KeyValuePairs<String, any SVGAttributeValue>) {
        write("<text x=\"")
        writeNumber(x)
        write("\" y=\"")
        writeNumber(y)
        write("\"")
        writeAttributes(attributes)
        write(">")
    }

    /// A `<tspan>` inside an open `<text>`.
    public mutating func span(_ content: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:]) {
        write("<tspan")
        writeAttributes(attributes)
        write(">")
        write(Escaping.html(content))
        write("</tspan>")
    }

    /// The SVG markup: one `<svg>` element with `<title>`, `<desc>`, a white background and the body.
    /// The image scales with its container (`width="100%"`, the height following the `viewBox`),
    /// and its text is set in ``ChartStyle/fontFamily``, the font ``ChartStyle/textWidth(_:size:bold:)``
    /// measures. A `note` (the illustrative-data warning) is written on a band under the chart.
    public func render(note: String? = nil) -> String {
        let noteLines = note.map { ChartStyle.wrap($0, width: width - 32, size: ChartStyle.tickSize, maxLines: 3) } ?? []
        let noteHeight = noteLines.isEmpty ? 0 : 10 + 15 * Double(noteLines.count)
        let w = SVGDocument.number(width), h = SVGDocument.number(height + noteHeight)
        let titleID = Escaping.html(id("title")), descID = Escaping.html(id("desc"))
        var head = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"100%\""
        head += " preserveAspectRatio=\"xMidYMin meet\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\""
        head += " font-family=\"\(Escaping.html(ChartStyle.fontFamily))\" fill=\"\(ChartStyle.ink)\">\n"
        head += "<title id=\"\(titleID)\">" + Escaping.html(title) + "</title>\n"
        head += "<desc id=\"\(descID)\">" + Escaping.html(description) + "</desc>\n"
        head += "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n"
        var tail = ""
        for name in openElements.reversed() { tail += "</" + name + ">\n" }
        if !noteLines.isEmpty {
            let top = SVGDocument.number(height)
            tail += "<g class=\"chart-note\" font-size=\"\(SVGDocument.number(ChartStyle.tickSize))\" font-style=\"italic\" fill=\"\(ChartStyle.muted)\">\n"
            tail += "<line x1=\"16\" y1=\"\(top)\" x2=\"\(SVGDocument.number(width - 16))\" y2=\"\(top)\" stroke=\"\(ChartStyle.grid)\" stroke-width=\"1\"/>\n"
            for (index, line) in noteLines.enumerated() {
                tail += "<text x=\"16\" y=\"\(SVGDocument.number(height + 18 + 15 * Double(index)))\">" + Escaping.html(line) + "</text>\n"
            }
            tail += "</g>\n"
        }
        tail += "</svg>\n"
        var bytes: [UInt8] = []
        bytes.reserveCapacity(head.utf8.count + body.count + tail.utf8.count)
        bytes.append(contentsOf: head.utf8)
        bytes.append(contentsOf: body)
        bytes.append(contentsOf: tail.utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func writeAttributes(_ attributes: KeyValuePairs<String, any SVGAttributeValue>) {
        for (name, value) in attributes {
            write(" ")
            write(name)
            write("=\"")
            value.writeSVGAttribute(to: &body)
            write("\"")
        }
    }

    // MARK: - Text and numbers

    /// A coordinate: at most `decimals` decimals, trailing zeros dropped, never `-0`;
    /// a value that is not finite is written `0` (charts never pass one).
    ///
    /// ```swift
    /// SVGDocument.number(12.5)      // "12.5"
    /// SVGDocument.number(-0.001)    // "0"
    /// SVGDocument.number(1.0 / 3.0) // "0.33"
    /// ```
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        value.isFinite ? FixedDecimal.trimmed(value, decimals: decimals) : "0"
    }

    /// Writes ``number(_:decimals:)`` of `value` with 2 decimals, as UTF-8, straight into
    /// `bytes` (no string made on the way): the same text, digit for digit.
    static func writeNumber(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        // As FixedDecimal.trimmed(value, decimals: 2): half away from zero, at most 10^15.
        let scaled = min(max((value * 100).rounded(.toNearestOrAwayFromZero), -1e15), 1e15)
        let integer = Int(scaled)
        if integer < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = integer.magnitude
        var fraction = magnitude % 100, kept = 2
        while kept > 0 && fraction % 10 == 0 {
            fraction /= 10
            kept -= 1
        }
        writeDigits(magnitude / 100, to: &bytes)
        guard kept > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        if kept == 2 && fraction < 10 { bytes.append(UInt8(ascii: "0")) }
        writeDigits(fraction, to: &bytes)
    }

    /// The decimal digits of `value`.
    private static func writeDigits(_ value: UInt, to bytes: inout [UInt8]) {
        guard value >= 10 else {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        writeDigits(value / 10, to: &bytes)
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// A value for reading: exactly `decimals` decimals (rounded half away from zero), never `-0.0`,
    /// a negative value with the minus sign `−` (U+2212); a value that is not finite is written `0`.
    ///
    /// ```swift
    /// SVGDocument.fixed(52.25, decimals: 1) // "52.3"
    /// SVGDocument.fixed(-0.04, decimals: 1) // "0.0"
    /// ```
    public static func fixed(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return FixedDecimal.text(0, decimals: decimals) }
        return FixedDecimal.text(value, decimals: decimals, minus: .sign)
    }

    /// `text` reduced to a valid XML id: letters, digits, `-`, `_`, `.`; starting with a letter.
    static func sanitisedID(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": out.unicodeScalars.append(scalar)
            default: out += "-"
            }
        }
        if out.isEmpty { return "chart" }
        if let first = out.unicodeScalars.first, !("a"..."z").contains(first) && !("A"..."Z").contains(first) {
            out = "c" + out
        }
        return out
    }
}
