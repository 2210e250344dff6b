// A run's workbook: the Excel download of its site, for `agile score --format xlsx`.

import AgileCore
import AgileReport

extension ScoredRun {
    /// The workbook of the run (``DownloadWorkbook``): a README sheet, a sheet per level and
    /// the data used, the same as the `.xlsx` download of the run's site.
    public func workbook() -> Workbook {
        DownloadWorkbook(input: SiteReport.input(self, audit: nil)).workbook
    }
}
