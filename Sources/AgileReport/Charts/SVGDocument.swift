// A small builder for standalone, inline-able SVG: every text escaped, every number formatted
// the same way on every machine.

import AgileCore

/// A value that can stand in an SVG attribute: numbers are formatted with ``SVGDocument/number(_:)``,
/// strings are escaped by the document when it writes them.
public protocol SVGAttributeValue: Sendable {
    /// The attribute text before escaping.
    var svgAttributeText: String { get }
}

extension Double: SVGAttributeValue {
    public var svgAttributeText: String { SVGDocument.number(self) }
}

extension Int: SVGAttributeValue {
    public var svgAttributeText: String { String(self) }
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

    private var body = ""
    private var openElements: [String] = []

    /// A document of the given size; `idPrefix` is reduced to letters, digits, `-`, `_` and `.`,
    /// and starts with a letter (`"chart"` when nothing is left).
    public init(width: Double, height: Double, idPrefix: String, title: String, description: String) {
        self.width = width
        self.height = height
        self.idPrefix = SVGDocument.sanitisedID(idPrefix)
        self.title = title
        self.description = description
    }

    /// A document-unique id: the prefix, a dash and `name`.
    public func id(_ name: String) -> String { idPrefix + "-" + name }

    /// Adds an empty element, or one holding `text` (escaped).
    public mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:], text: String? = nil
    ) {
        body += "<" + name
        appendAttributes(attributes)
        if let text {
            body += ">" + Escaping.html(text) + "</" + name + ">\n"
        } else {
            body += "/>\n"
        }
    }

    /// Opens an element that ``close()`` ends.
    public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:]) {
        body += "<" + name
        appendAttributes(attributes)
        body += ">"
        if name != "text" { body += "\n" }
        openElements.append(name)
    }

    /// Closes the element opened last.
    public mutating func close() {
        guard let name = openElements.popLast() else { return }
        body += "</" + name + ">\n"
    }

    /// Adds text (escaped) at a point. When `content` is a shortened `fullText`, the element
    /// carries the full text in a `<title>` (a tooltip, and the name assistive technology reads).
    public mutating func text(
        _ content: String, x: Double, y: Double, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:],
        fullText: String? = nil
    ) {
        body += "<text x=\"" + SVGDocument.number(x) + "\" y=\"" + SVGDocument.number(y) + "\""
        appendAttributes(attributes)
        body += ">"
        if let fullText, fullText != content { body += "<title>" + Escaping.html(fullText) + "</title>" }
        body += Escaping.html(content) + "</text>\n"
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
        body += "<text x=\"" + SVGDocument.number(x) + "\" y=\"" + SVGDocument.number(y) + "\""
        appendAttributes(attributes)
        body += ">"
        for (index, line) in lines.enumerated() {
            body += "<tspan x=\"" + SVGDocument.number(x) + "\""
            if index > 0 { body += " dy=\"" + SVGDocument.number(lineHeight) + "\"" }
            body += ">" + Escaping.html(line) + "</tspan>"
        }
        body += "</text>\n"
    }

    /// A `<tspan>` inside an open `<text>`.
    public mutating func span(_ content: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:]) {
        body += "<tspan"
        appendAttributes(attributes)
        body += ">" + Escaping.html(content) + "</tspan>"
    }

    /// The SVG markup: one `<svg>` element with `<title>`, `<desc>`, a white background and the body.
    /// The image scales with its container (`width="100%"`, the height following the `viewBox`),
    /// and its text is set in ``ChartStyle/fontFamily``, the font ``ChartStyle/textWidth(_:size:bold:)``
    /// measures. A `note` (the illustrative-data warning) is written on a band under the chart.
    public func render(note: String? = nil) -> String {
        var body = self.body
        for name in openElements.reversed() { body += "</" + name + ">\n" }
        let noteLines = note.map { ChartStyle.wrap($0, width: width - 32, size: ChartStyle.tickSize, maxLines: 3) } ?? []
        let noteHeight = noteLines.isEmpty ? 0 : 10 + 15 * Double(noteLines.count)
        let w = SVGDocument.number(width), h = SVGDocument.number(height + noteHeight)
        let titleID = Escaping.html(id("title")), descID = Escaping.html(id("desc"))
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"100%\""
        out += " preserveAspectRatio=\"xMidYMin meet\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\""
        out += " font-family=\"\(Escaping.html(ChartStyle.fontFamily))\" fill=\"\(ChartStyle.ink)\">\n"
        out += "<title id=\"\(titleID)\">" + Escaping.html(title) + "</title>\n"
        out += "<desc id=\"\(descID)\">" + Escaping.html(description) + "</desc>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n"
        out += body
        if !noteLines.isEmpty {
            let top = SVGDocument.number(height)
            out += "<g class=\"chart-note\" font-size=\"\(SVGDocument.number(ChartStyle.tickSize))\" font-style=\"italic\" fill=\"\(ChartStyle.muted)\">\n"
            out += "<line x1=\"16\" y1=\"\(top)\" x2=\"\(SVGDocument.number(width - 16))\" y2=\"\(top)\" stroke=\"\(ChartStyle.grid)\" stroke-width=\"1\"/>\n"
            for (index, line) in noteLines.enumerated() {
                out += "<text x=\"16\" y=\"\(SVGDocument.number(height + 18 + 15 * Double(index)))\">" + Escaping.html(line) + "</text>\n"
            }
            out += "</g>\n"
        }
        out += "</svg>\n"
        return out
    }

    private mutating func appendAttributes(_ attributes: KeyValuePairs<String, any SVGAttributeValue>) {
        for (name, value) in attributes {
            body += " "
            body += name
            body += "=\""
            // A number never needs escaping.
            body += value is Double || value is Int ? value.svgAttributeText : Escaping.html(value.svgAttributeText)
            body += "\""
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
