// The lines `agile ingest` and `agile validate` print for each file: what the ingest did, in words.

import AgileCore

/// One line per ingested file (then one per value it superseded, from ``Supersession``).
public enum IngestReport {
    /// The line of a data file: `ingested  FILE (format, vintage YYYY-MM-DD) [illustrative]: N
    /// values, A added, …` (the vintage when the file declares one),
    /// `unchanged …`, `no values …`; `would ingest` in a dry run.
    public static func line(_ result: IngestResult, dryRun: Bool = false) -> String {
        let tag = result.summary.illustrative ? " [illustrative]" : ""
        let file = Printable.name(result.file)
        if let earlier = result.sameContentAs {
            return "unchanged  \(file) (\(result.format.rawValue)): \(sameContent(earlier, marked: result.markedIllustrative))"
        }
        if result.holdsNoValues {
            return "no values  \(file) (\(result.format.rawValue)): nothing stored\(skipped(result.summary))"
        }
        if result.unchanged {
            return "unchanged  \(file) (\(result.format.rawValue)): \(result.rows) values, all already stored\(skipped(result.summary))"
        }
        var parts = ["\(result.added) added"]
        if result.superseded > 0 { parts.append("\(result.superseded) superseded (kept as history)") }
        let vintage = result.summary.vintage.map { ", vintage \($0)" } ?? ""
        return "\(verb(dryRun)) \(file) (\(result.format.rawValue)\(vintage))\(tag): \(result.rows) values, \(parts.joined(separator: ", "))\(skipped(result.summary))"
    }

    /// The line of an evidence file, worded as that of a data file (`N results`).
    public static func line(_ result: EvidenceIngestResult, dryRun: Bool = false) -> String {
        let tag = result.illustrative ? " [illustrative]" : ""
        let file = Printable.name(result.file)
        if let earlier = result.sameContentAs {
            return "unchanged  \(file) (\(result.format)): \(sameContent(earlier, marked: result.markedIllustrative))"
        }
        if result.records == 0 {
            return "no values  \(file) (\(result.format)): nothing stored"
        }
        if result.unchanged {
            return "unchanged  \(file) (\(result.format)): \(result.records) results, all already stored"
        }
        var parts = ["\(result.added) added"]
        if result.superseded > 0 { parts.append("\(result.superseded) superseded (kept as history)") }
        return "\(verb(dryRun)) \(file) (\(result.format))\(tag): \(result.records) results, \(parts.joined(separator: ", "))"
    }

    /// `ingested  `, aligned with `unchanged` and `rejected`; `would ingest` in a dry run.
    private static func verb(_ dryRun: Bool) -> String {
        dryRun ? "would ingest" : "ingested  "
    }

    /// Why content ingested before changes nothing, and whether its ingest became illustrative.
    private static func sameContent(_ earlier: EarlierIngest, marked: Bool) -> String {
        "same content as ingest #\(earlier.id) (\(Printable.name(earlier.file))), nothing stored" + (marked ? "; ingest #\(earlier.id) now marked illustrative" : "")
    }

    /// `; skipped N aggregate rows (codes)` when the file held World Bank aggregates, else empty.
    public static func skipped(_ summary: ReadSummary) -> String {
        guard summary.skippedAggregateRows > 0 else { return "" }
        let codes = summary.skippedAggregates.keys.sorted().joined(separator: " ")
        return "; skipped \(summary.skippedAggregateRows) aggregate rows (\(codes))"
    }
}
