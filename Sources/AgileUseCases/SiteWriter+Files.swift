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
    /// Writes `files` as the whole site (``write(paths:content:)``), each as
    /// ``ReportSite/File/bytes()`` gives it: the workbooks are rendered first, while the other
    /// files are written.
    /// - Throws: the writer's `SiteFolderError`s; a workbook that cannot be rendered is one
    ///   (`failed`, naming its path), and nothing is written then.
    @discardableResult
    public func write(site files: [ReportSite.File]) throws(SiteFolderError) -> [StaleSiteFolder] {
        let ordered = files.filter { $0.binary != nil } + files.filter { $0.binary == nil }
        return try write(paths: ordered.map(\.path)) { index throws(SiteFolderError) in
            do throws(OutputError) {
                return try ordered[index].bytes()
            } catch {
                throw .failed(path: error.path, action: error.action, reason: error.reason)
            }
        }
    }
}
