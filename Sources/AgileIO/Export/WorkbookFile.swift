// Writes a Workbook as an Excel file (.xlsx) with libxlsxwriter: string cells, number cells, no formulas.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore
import CRename
import CXLSXWriter

/// Excel workbooks written with libxlsxwriter. Text goes in with `worksheet_write_string`, so
/// a cell starting with `=`, `+`, `-` or `@` is a string cell, never a formula; numbers with
/// `worksheet_write_number`. The document's created and modified dates are the workbook's
/// ``Workbook/created`` (libxlsxwriter would take the clock for a date of 0), and libxlsxwriter
/// dates every zip entry 1980-01-01, so the same workbook always gives the same bytes.
///
/// ```swift
/// try WorkbookFile.write(workbook, to: "scores.xlsx")   // refuses a file already there
/// let bytes = try WorkbookFile.bytes(workbook, shownAs: "downloads/agile-2025.xlsx")
/// ```
public enum WorkbookFile {
    /// The longest text a cell holds (Excel's limit, in characters); longer text is cut.
    public static let longestText = 32_767

    /// Writes `workbook` as the new file `path`: into `path.writing-PID` first, then moved to
    /// `path` only if nothing is there. A workbook is never written over an existing file (a
    /// workbook has no header line to prove it an earlier export of ours, as ``OutputFile``'s
    /// CSV has).
    /// - Throws: ``OutputError`` naming `path` when something is there (nothing is touched), or
    ///   when the file cannot be written or put in place; the temporary file is removed.
    public static func write(_ workbook: Workbook, to path: String) throws(OutputError) {
        let refused = OutputError(path: path, action: "is not replaced",
                                  reason: "something is there, and a workbook is only written as a new file; remove it or choose another path")
        guard FileTree.kind(path) == .missing else { throw refused }
        let temporary = "\(path).writing-\(getpid())"
        try render(workbook, to: temporary, shownAs: path)
        if agile_rename_new(temporary, path) == 0 { return }
        let code = errno
        var error = code == EEXIST ? refused : OutputError(path: path, action: "cannot be put in place", reason: String(cString: strerror(code)))
        if FolderSwap.unsupported(code) {
            // No exclusive rename on this file system: a plain one, after looking again.
            guard FileTree.kind(path) == .missing else { unlink(temporary); throw refused }
            if rename(temporary, path) == 0 { return }
            error = OutputError(path: path, action: "cannot be put in place", reason: FileTree.reason())
        }
        unlink(temporary)
        throw error
    }

    /// The bytes of `workbook` as an `.xlsx` file, written through a private temporary folder
    /// (libxlsxwriter writes only to a path) that is removed after.
    /// - Parameter name: the file as errors name it (the site's `downloads/agile-2025.xlsx`).
    /// - Throws: ``OutputError`` naming `name` when the temporary folder or file cannot be
    ///   written or read.
    public static func bytes(_ workbook: Workbook, shownAs name: String) throws(OutputError) -> [UInt8] {
        let base = temporaryBase()
        var template = Array("\(base)/agile-workbook-XXXXXX".utf8CString)
        guard let folderPointer = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw OutputError(path: name, action: "cannot be written", reason: "no temporary folder in \(base): \(FileTree.reason())")
        }
        let folder = String(cString: folderPointer)
        defer { try? FileTree.remove(folder) }
        let file = folder + "/workbook.xlsx"
        try render(workbook, to: file, shownAs: name)
        guard let bytes = try? FileDigest.contents(of: file) else { throw OutputError(path: name, action: "cannot be read back", reason: FileTree.reason()) }
        return bytes
    }

    /// Writes `workbook` to `file` (created new, never through a symbolic link), removing it on
    /// failure.
    private static func render(_ workbook: Workbook, to file: String, shownAs name: String) throws(OutputError) {
        let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(path: name, action: "cannot be written", reason: FileTree.reason()) }
        close(fd)
        if let problem = fill(workbook, file: file) {
            unlink(file)
            throw OutputError(path: name, action: "cannot be written", reason: problem)
        }
    }

    /// Builds and closes the workbook at `file`; the reason it failed, or `nil`.
    private static func fill(_ workbook: Workbook, file: String) -> String? {
        var options = lxw_workbook_options(constant_memory: 0, tmpdir: nil, use_zip64: 0)
        guard let book = workbook_new_opt(file, &options) else { return "libxlsxwriter cannot start a workbook" }
        var failure: String?
        func check(_ error: lxw_error, _ what: @autoclosure () -> String) {
            if error != LXW_NO_ERROR, failure == nil { failure = "\(what()): \(String(cString: lxw_strerror(error)))" }
        }
        workbook.title.withCString { title in
            var properties = lxw_doc_properties()
            properties.title = UnsafeMutablePointer(mutating: title)
            properties.created = time_t(workbook.created.secondsSinceEpoch)
            check(workbook_set_properties(book, &properties), "the document properties")
        }
        let bold = workbook_add_format(book)
        format_set_bold(bold)
        for sheet in workbook.sheets {
            guard let page = workbook_add_worksheet(book, sheet.name) else {
                if failure == nil { failure = "the sheet name \(Printable.value(sheet.name)) is not one Excel accepts (or is taken)" }
                continue
            }
            for (column, width) in sheet.widths.enumerated() {
                check(worksheet_set_column(page, lxw_col_t(column), lxw_col_t(column), width, nil), "the width of a column of \(sheet.name)")
            }
            var row: lxw_row_t = 0
            if !sheet.header.isEmpty {
                for (column, title) in sheet.header.enumerated() {
                    check(writeText(title, page: page, row: row, column: lxw_col_t(column), format: bold), "a header of \(sheet.name)")
                }
                worksheet_freeze_panes(page, 1, 0)
                row += 1
            }
            for cells in sheet.rows {
                for (column, cell) in cells.enumerated() {
                    switch cell {
                    case .text(let text):
                        check(writeText(text, page: page, row: row, column: lxw_col_t(column), format: nil), "a cell of \(sheet.name)")
                    case .number(let value) where value.isFinite:
                        check(worksheet_write_number(page, row, lxw_col_t(column), value, nil), "a cell of \(sheet.name)")
                    case .number, .empty:
                        continue
                    }
                }
                row += 1
            }
        }
        let closed = workbook_close(book)
        if let failure { return failure }
        return closed == LXW_NO_ERROR ? nil : String(cString: lxw_strerror(closed))
    }

    /// A string cell (never a formula), cut to ``longestText`` characters.
    private static func writeText(_ text: String, page: UnsafeMutablePointer<lxw_worksheet>, row: lxw_row_t, column: lxw_col_t,
                                  format: UnsafeMutablePointer<lxw_format>?) -> lxw_error {
        // A text of no more UTF-8 bytes than the limit has no more characters than it either.
        let kept = text.utf8.count > longestText && text.unicodeScalars.count > longestText
            ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(longestText))) : text
        return worksheet_write_string(page, row, column, kept, format)
    }

    /// `TMPDIR` when set, else `/tmp`.
    private static func temporaryBase() -> String {
        guard let value = getenv("TMPDIR") else { return "/tmp" }
        let text = String(cString: value)
        return text.isEmpty ? "/tmp" : text
    }
}
