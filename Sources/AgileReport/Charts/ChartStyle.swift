// The shared look of the charts (presentation attributes only, no stylesheet), the declared
// font and text measuring with its metrics.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Colours, sizes and text helpers shared by the charts. Everything reads in grey: series differ
/// by line style, dash pattern, marker shape and text, and the one accent colour is a bonus.
enum ChartStyle {
    /// Text and the main series.
    static let ink = "#222222"
    /// Axes and tick marks.
    static let axis = "#555555"
    /// Gridlines.
    static let grid = "#c8c8c8"
    /// Secondary text (tick labels, notes).
    static let muted = "#444444"
    /// The single accent colour (the focus country / the main series).
    static let accent = "#1f5fa8"
    /// A light fill of the accent colour that still shows dark marks on top in greyscale.
    static let accentLight = "#a9c3e3"
    /// Bars of countries other than the focus.
    static let neutralBar = "#bdbdbd"
    /// The dash pattern of reference series (medians).
    static let dash = "6 4"

    static let titleSize = 16.0
    static let labelSize = 12.0
    static let tickSize = 11.0

    /// The font of the charts: DejaVu Sans first (the font ``textWidth(_:size:bold:)`` measures),
    /// then fonts of similar or narrower widths.
    static let fontFamily = "DejaVu Sans, Bitstream Vera Sans, Verdana, Arial, sans-serif"

    /// The width of `text` set in DejaVu Sans at `size`, from its advance widths
    /// (``DejaVuMetrics``), with 2 % to spare for hinting and rounding.
    static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        var em = 0.0
        for scalar in text.unicodeScalars { em += DejaVuMetrics.width(scalar, bold: bold) }
        return em * size * 1.02
    }

    /// `text` broken at spaces into at most `maxLines` lines no wider than `width`; a word too long
    /// for a line is cut, and text that does not fit ends with "…". Runs of white space (including
    /// line breaks from data) count as one space.
    static func wrap(_ text: String, width: Double, size: Double, maxLines: Int, bold: Bool = false) -> [String] {
        var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard !words.isEmpty else { return [""] }
        words.reverse()  // a stack: the next word is the last
        var lines: [String] = []
        var current = ""
        while let word = words.last, lines.count < maxLines {
            let candidate = current.isEmpty ? word : current + " " + word
            if textWidth(candidate, size: size, bold: bold) <= width {
                current = candidate
                words.removeLast()
            } else if current.isEmpty {
                // One word wider than a whole line: cut it, its rest is the next word.
                var cut = truncate(word, width: width, size: size, bold: bold, ellipsis: false)
                if cut.isEmpty { cut = String(word.prefix(1)) }
                lines.append(cut)
                words.removeLast()
                let rest = String(word.dropFirst(cut.count))
                if !rest.isEmpty { words.append(rest) }
            } else {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty {
            if lines.count < maxLines { lines.append(current) } else { words.append(current) }
        }
        if !words.isEmpty {
            // Text left over: the last line takes it and is cut with an ellipsis.
            let last = lines.removeLast()
            let rest = [last] + words.reversed()
            lines.append(truncate(rest.joined(separator: " "), width: width, size: size, bold: bold))
        }
        return lines
    }

    /// `text` shortened to fit `width`, ending with "…" when cut.
    static func truncate(_ text: String, width: Double, size: Double, bold: Bool = false, ellipsis: Bool = true) -> String {
        if textWidth(text, size: size, bold: bold) <= width { return text }
        let mark = ellipsis ? "…" : ""
        var kept = ""
        for character in text {
            let next = kept + String(character)
            if textWidth(next + mark, size: size, bold: bold) > width { break }
            kept = next
        }
        while kept.last == " " { kept.removeLast() }
        return kept + mark
    }

    static func sine(_ x: Double) -> Double { sin(x) }
    static func cosine(_ x: Double) -> Double { cos(x) }
    static func power(_ x: Double, _ y: Double) -> Double { pow(x, y) }
}
