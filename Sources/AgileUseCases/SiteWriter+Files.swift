// A site's files put on disk: text as UTF-8, workbooks rendered as .xlsx, bytes as they are.

import AgileIO
import AgileReport

extension ReportSite.File {
    /// The bytes the file holds on disk: its text as UTF-8, its workbook rendered with
    /// ``WorkbookFile`` (the same workbook always gives the same bytes), or its bytes.
    /// - Throws: ``OutputError`` naming the file's path when a workbook cannot be rendered.
    public func bytes() throws(OutputError) -> [UInt8] {
        switch binary {
        case nil: Array(content.utf8)
        case .workbook(let workbook)?: try WorkbookFile.bytes(workbook, shownAs: path)
        case .bytes(let bytes)?: bytes
        }
    }
}

extension SiteWriter {
    /// Writes `files` as the whole site (``write(bytes:)``), each as ``ReportSite/File/bytes()``
    /// gives it.
    /// - Throws: ``OutputError`` for a workbook that cannot be rendered (nothing is written
    ///   then), and the writer's `SiteFolderError`s.
    @discardableResult
    public func write(site files: [ReportSite.File]) throws -> [StaleSiteFolder] {
        try write(bytes: files.map { file throws(OutputError) in (file.path, try file.bytes()) })
    }
}
