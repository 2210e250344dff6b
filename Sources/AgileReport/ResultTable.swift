// A table of results as a command prints it, in one value: aligned text, CSV and JSON.

import AgileCore

/// The table a command prints: named, typed columns and rows of cells, written as aligned text
/// for reading, as CSV for a spreadsheet and as JSON for programs, all from the same values.
///
/// ```swift
/// let table = ResultTable(columns: [
///     .text("country", title: "Country"), .text("country_name", title: "", width: 22),
///     .number("mean_rank", title: "Mean", decimals: 2), .integer("places", title: "Places", signed: true),
/// ], rows: [[.text("USA"), .text("United States"), .number(1.25), .number(-2)]])
/// table.text   // Country                 Mean  Places
///              // USA      United States  1.25      −2
/// table.csv    // country,country_name,mean_rank,places
///              // USA,United States,1.25,-2
/// table.json(notes: [])  // {"notes": [], "columns": […], "rows": [{"country": "USA", …, "places": -2}]}
/// ```
///
/// - Text: numbers with their column's decimals (half away from zero, never `-0.00`), right
///   aligned; signed columns with `+` and `−`; missing cells `–`; text cut to the column's width.
/// - CSV (RFC 4180, LF line ends): the column names as header; each number with its column's
///   declared decimals in plain ASCII (`-` for minus, no `+`, no digit grouping, no exponent),
///   so it reads back as the number the table shows; missing cells empty; text cells through
///   ``CSVText/cell(_:)`` (quoted as needed, formulas neutralised); every column, text widths
///   not applied.
/// - JSON: `{"notes": […], "columns": […], "rows": […]}`, keys in that order and each row's
///   keys in column order; numbers as JSON numbers in full precision (the shortest decimal that
///   reads back as the same double, ``PlainDecimal``), not rounded to the column's decimals;
///   missing cells `null`.
public struct ResultTable: Sendable {
    /// One column: its name in CSV and JSON, its title in the text table, what it holds.
    public struct Column: Hashable, Sendable {
        /// What a column holds and how its numbers are written.
        public enum Kind: Hashable, Sendable {
            case text
            /// Whole numbers (ranks, counts, places).
            case integer
            /// Numbers with this many decimals in text and CSV (0–6).
            case number(decimals: Int)
            /// Numbers as stored (raw values): full precision everywhere.
            case stored
        }

        /// The CSV header and the JSON key: lower case, words joined by `_`.
        public var name: String
        /// The text table's header (may be empty, as above a name beside a code).
        public var title: String
        public var kind: Kind
        /// Whether the text table writes `+` before a number above zero (and `−`, U+2212, for minus).
        public var signed: Bool
        /// The most characters of a text cell the text table shows.
        public var width: Int?
        /// Whether the text table shows the column (CSV and JSON always do).
        public var inText: Bool

        public init(_ name: String, title: String, kind: Kind, signed: Bool = false, width: Int? = nil, inText: Bool = true) {
            self.name = name
            self.title = title
            self.kind = kind
            self.signed = signed
            self.width = width
            self.inText = inText
        }

        /// A text column.
        public static func text(_ name: String, title: String, width: Int? = nil, inText: Bool = true) -> Column {
            Column(name, title: title, kind: .text, width: width, inText: inText)
        }

        /// A column of whole numbers.
        public static func integer(_ name: String, title: String, signed: Bool = false) -> Column {
            Column(name, title: title, kind: .integer, signed: signed)
        }

        /// A column of numbers with `decimals` decimals.
        public static func number(_ name: String, title: String, decimals: Int, signed: Bool = false) -> Column {
            Column(name, title: title, kind: .number(decimals: decimals), signed: signed)
        }

        /// A column of numbers as stored, in full precision.
        public static func stored(_ name: String, title: String, inText: Bool = true) -> Column {
            Column(name, title: title, kind: .stored, inText: inText)
        }

        /// The decimals the column declares (`nil`: text, or full precision).
        public var decimals: Int? {
            switch kind {
            case .integer: 0
            case .number(let decimals): decimals
            case .text, .stored: nil
            }
        }
    }

    /// One cell.
    public enum Cell: Hashable, Sendable {
        case text(String)
        /// A number; NaN and infinities are written as missing.
        case number(Double)
        case missing

        /// A number, or missing when it is NaN.
        public static func value(_ value: Double) -> Cell { value.isFinite ? .number(value) : .missing }
    }

    public var columns: [Column]
    /// The rows, each with one cell per column.
    public var rows: [[Cell]]

    public init(columns: [Column], rows: [[Cell]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The table in `format`: ``text``, ``csv`` or ``json(notes:)``.
    public func rendered(as format: TableFormat, notes: [String] = []) -> String {
        switch format {
        case .table: text
        case .csv: csv
        case .json: json(notes: notes)
        }
    }

    // MARK: Text

    /// The aligned text table: the columns shown in text, padded to their widest cell, two
    /// spaces apart, no trailing spaces.
    public var text: String {
        let shown = columns.indices.filter { columns[$0].inText }
        let lines = [shown.map { columns[$0].title }] + rows.map { row in shown.map { textCell(row[$0], columns[$0]) } }
        let widths = shown.indices.map { position in lines.map { $0[position].count }.max() ?? 0 }
        return lines.map { cells in
            var line = cells.indices.map { position in
                let (cell, width) = (cells[position], widths[position])
                let gap = String(repeating: " ", count: max(0, width - cell.count))
                return columns[shown[position]].kind == .text ? cell + gap : gap + cell
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    private func textCell(_ cell: Cell, _ column: Column) -> String {
        switch cell {
        case .missing: return "–"
        case .text(let text): return column.width.map { String(text.prefix($0)) } ?? text
        case .number(let value):
            guard value.isFinite else { return "–" }
            guard let decimals = column.decimals else { return PlainDecimal.text(value) }
            return column.signed ? FixedDecimal.signed(value, decimals: decimals) : FixedDecimal.text(value, decimals: decimals)
        }
    }

    // MARK: CSV

    /// The CSV: a header of column names, a line per row, each line ending in a line feed.
    public var csv: String {
        var out = columns.map { CSVText.cell($0.name) }.joined(separator: ",") + "\n"
        for row in rows {
            out += zip(row, columns).map { cell, column in csvCell(cell, column) }.joined(separator: ",") + "\n"
        }
        return out
    }

    private func csvCell(_ cell: Cell, _ column: Column) -> String {
        switch cell {
        case .missing: return ""
        case .text(let text): return CSVText.cell(text)
        case .number(let value):
            guard value.isFinite else { return "" }
            guard let decimals = column.decimals else { return PlainDecimal.text(value) }
            return FixedDecimal.text(value, decimals: decimals, minus: .hyphen)
        }
    }

    // MARK: JSON

    /// The JSON document: the `notes` (the lines the text prints around the table), the
    /// columns (`name`, `title`, `kind`, `decimals`) and the rows as objects.
    public func json(notes: [String]) -> String {
        var out = "{\n  \"notes\": ["
        out += notes.isEmpty ? "]" : "\n" + notes.map { "    " + JSONText.string($0) }.joined(separator: ",\n") + "\n  ]"
        out += ",\n  \"columns\": [\n"
        out += columns.map { column in
            let kind: String = switch column.kind {
            case .text: "text"
            case .integer: "integer"
            case .number, .stored: "number"
            }
            return "    {\"name\": \(JSONText.string(column.name)), \"title\": \(JSONText.string(column.title)), \"kind\": \"\(kind)\", \"decimals\": \(column.decimals.map(String.init) ?? "null")}"
        }.joined(separator: ",\n")
        out += "\n  ],\n  \"rows\": ["
        if !rows.isEmpty {
            out += "\n" + rows.map { row in
                "    {" + zip(row, columns).map { cell, column in JSONText.string(column.name) + ": " + jsonValue(cell, column) }.joined(separator: ", ") + "}"
            }.joined(separator: ",\n") + "\n  "
        }
        return out + "]\n}\n"
    }

    private func jsonValue(_ cell: Cell, _ column: Column) -> String {
        switch cell {
        case .missing: return "null"
        case .text(let text): return JSONText.string(text)
        case .number(let value):
            guard value.isFinite else { return "null" }
            return PlainDecimal.text(value)
        }
    }
}
