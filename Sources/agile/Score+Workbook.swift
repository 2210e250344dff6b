// `agile score --format xlsx --out FILE`: the run's workbook, the one its site offers for download.

import AgileCore
import AgileIO
import AgileUseCases
import ArgumentParser

extension Score {
    /// Checks the options of a workbook: `--out` with `--format xlsx` and only then, a file
    /// path (a workbook is never written to standard output), the whole run (no `--country`,
    /// no `--level` but the index).
    func validateWorkbook() throws {
        guard format == .xlsx else {
            if out != nil { throw ValidationError("--out is where --format xlsx writes its workbook; the other formats print to standard output: leave out --out or add --format xlsx") }
            return
        }
        guard let out else {
            throw ValidationError("--format xlsx writes an Excel workbook, which is not printed to standard output: add --out FILE (a new file)")
        }
        if out == "-" || out.isEmpty {
            throw ValidationError("--out \(out.isEmpty ? "\"\"" : "-"): a workbook is written to a file, never to standard output: give a file name, e.g. --out scores.xlsx")
        }
        if country != nil { throw ValidationError("--format xlsx writes every country of the run: leave out --country") }
        if level != .index { throw ValidationError("--format xlsx writes every level of the run, a sheet each: leave out --level") }
    }

    /// Writes the workbook of `run` to `--out` (a new file) and says so.
    func writeWorkbook(_ run: ScoredRun) throws {
        guard let out else { return }
        let workbook = run.workbook()
        try WorkbookFile.write(workbook, to: out)
        if run.illustrative { Terminal.error("note: \(run.framework.publication.illustrativeResultsNote)") }
        print("Workbook written to \(Printable.name(out)): sheets \(workbook.sheets.map(\.name).joined(separator: ", ")).")
    }
}
