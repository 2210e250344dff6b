// The native VESTA files the toolkit reads.

/// A VESTA result format, recognised from a file's content.
public enum VestaFormat: String, CaseIterable, Hashable, Sendable {
    /// `scores.csv` as VESTA's scorer writes it (UTF-8 byte-order mark, CRLF).
    case scoresCSV = "vesta-scores-csv"
    /// `scores.json`: `{"input", …, "overall", "scores": […]}`.
    case scoresJSON = "vesta-scores-json"
    /// `results.json`: the raw episodes, scored by VESTA's rules on reading.
    case resultsJSON = "vesta-results-json"
}
