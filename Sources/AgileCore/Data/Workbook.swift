// A spreadsheet workbook as values: named sheets of text and number cells, and its date.

/// The content of an Excel workbook, before anything is written: AgileIO's `WorkbookFile`
/// writes it as `.xlsx`. Text cells are text, never formulas (`=1+2` stays the three
/// characters); number cells are numbers. The workbook carries its created date, so the same
/// content always gives the same file.
///
/// ```swift
/// let sheet = Workbook.Sheet(name: "Index", header: ["Rank", "Country", "Score"],
///                            rows: [[.number(1), .text("USA"), .number(71.25)]])
/// let workbook = Workbook(title: "AGILE Index 2025", created: CalendarDate(year: 2025, month: 2, day: 10)!, sheets: [sheet])
/// ```
public struct Workbook: Hashable, Sendable {
    /// One cell.
    public enum Cell: Hashable, Sendable {
        /// A string cell, whatever its first character.
        case text(String)
        /// A number cell (a value that is not finite is written empty).
        case number(Double)
        /// Nothing.
        case empty
    }

    /// One worksheet: a header row (bold, frozen) and rows under it.
    public struct Sheet: Hashable, Sendable {
        /// The tab's name: at most 31 characters, none of `[]:*?/\` (Excel's rules).
        public var name: String
        /// The first row's titles; empty for a sheet without a header.
        public var header: [String]
        public var rows: [[Cell]]
        /// Column widths in characters, from the first column (the rest take Excel's default).
        public var widths: [Double]

        public init(name: String, header: [String], rows: [[Cell]], widths: [Double] = []) {
            self.name = name
            self.header = header
            self.rows = rows
            self.widths = widths
        }
    }

    /// The document's title (its properties, not a cell).
    public var title: String
    /// The created and modified date of the document properties (midnight UTC).
    public var created: CalendarDate
    public var sheets: [Sheet]

    public init(title: String, created: CalendarDate, sheets: [Sheet]) {
        self.title = title
        self.created = created
        self.sheets = sheets
    }

    /// The characters Excel does not allow in a sheet's name.
    public static let forbiddenInSheetNames: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// `name` as a sheet's name Excel accepts: forbidden characters replaced by `-`, cut to 31
    /// characters, `Sheet` when nothing is left.
    public static func sheetName(_ name: String) -> String {
        let cleaned = String(name.map { forbiddenInSheetNames.contains($0) || $0.isNewline ? "-" : $0 }.prefix(31))
        return cleaned.allSatisfy({ $0 == " " }) ? "Sheet" : cleaned
    }
}

extension CalendarDate {
    /// Seconds from 1970-01-01 to midnight (UTC) of the date (Howard Hinnant's days from civil).
    public var secondsSinceEpoch: Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return (era * 146_097 + dayOfEra - 719_468) * 86_400
    }
}
