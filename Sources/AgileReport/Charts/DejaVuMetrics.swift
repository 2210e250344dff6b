// The advance widths of DejaVu Sans (the font the charts declare first), for measuring chart
// text: thousandths of an em, read from DejaVuSans.ttf and DejaVuSans-Bold.ttf (version 2.37,
// Debian fonts-dejavu-core) by their hmtx table. A small table, not an embedded font.

/// Advance widths of DejaVu Sans and DejaVu Sans Bold in thousandths of an em.
enum DejaVuMetrics {
    /// U+0020 … U+007E, regular.
    static let asciiRegular: [UInt16] = [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
        636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
        575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
        611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
        278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
    ]
    /// U+0020 … U+007E, bold.
    static let asciiBold: [UInt16] = [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
        696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
        683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
        724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
        343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
    ]
    /// Other characters the pages use (regular, bold).
    static let others: [Unicode.Scalar: (regular: UInt16, bold: UInt16)] = [
        "\u{00A0}": (318, 348),
        "\u{00B7}": (318, 380),
        "\u{00E9}": (615, 678),
        "\u{00E8}": (615, 678),
        "\u{00E7}": (550, 593),
        "\u{00F6}": (612, 687),
        "\u{00FC}": (634, 712),
        "\u{00E4}": (613, 675),
        "\u{00C9}": (632, 683),
        "\u{00E3}": (613, 675),
        "\u{00F4}": (612, 687),
        "\u{2009}": (200, 200),
        "\u{2013}": (500, 500),
        "\u{2014}": (1000, 1000),
        "\u{2018}": (318, 380),
        "\u{2019}": (318, 380),
        "\u{201C}": (518, 657),
        "\u{201D}": (518, 657),
        "\u{2026}": (1000, 1000),
        "\u{2212}": (838, 838),
        "\u{2264}": (838, 838),
        "\u{2265}": (838, 838),
        "\u{00D7}": (838, 838),
        "\u{2022}": (590, 639),
        "\u{2192}": (838, 838),
        "\u{0394}": (684, 774),
        "\u{00B1}": (838, 838),
        "\u{03C3}": (634, 779),
    ]

    /// The width of `scalar` in ems; a character outside the table counts as wide as the
    /// widest common letter (CJK and other wide scripts: a full em).
    static func width(_ scalar: Unicode.Scalar, bold: Bool) -> Double {
        let value = scalar.value
        if value >= 0x20, value <= 0x7E {
            return Double((bold ? asciiBold : asciiRegular)[Int(value - 0x20)]) / 1000
        }
        if let entry = others[scalar] { return Double(bold ? entry.bold : entry.regular) / 1000 }
        return value >= 0x2E80 ? 1.0 : (bold ? 0.87 : 0.79)
    }
}
