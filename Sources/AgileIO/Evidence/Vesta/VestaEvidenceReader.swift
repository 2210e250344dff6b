// The one entry point for VESTA evidence: recognise a native file and read it into checked rows.

import AgileCore
import Foundation

/// Reads any of VESTA's native result files as evidence.
///
/// - `scores.csv` and `scores.json` are read as they are and checked (see
///   ``VestaScoresCSVReader`` and ``VestaScoresJSONReader``).
/// - `results.json` (or a results folder) is scored on reading exactly as
///   `agile evidence vesta-score PATH` scores it without `--include-errors`: `errors.json` rows
///   are not counted.
///
/// The texts that become evidence (dimension, sub-category, model, authority mode) may hold no
/// control character (``ControlCharacters``); VESTA's scorer, and `vesta-score`, take any.
///
/// ```swift
/// let file = try InputFile(path: path)
/// if VestaEvidenceReader.recognises(path: file.path, head: try file.head()) {
///     let evidence = try VestaEvidenceReader.read(file: file)
/// }
/// ```
public enum VestaEvidenceReader {
    /// Reads the VESTA file or results folder at `path`.
    /// - Throws: ``InputError`` naming the file, line, column and field of the first problem.
    public static func read(path: String) throws(InputError) -> VestaEvidence {
        guard !isFolder(path) else {
            let run = try VestaResultsReader.read(path: path, includeErrors: false)
            return try scored(run, file: path)
        }
        return try read(file: InputFile(path: path))
    }

    /// Reads a VESTA file already open, recognised from its head (the head comes again first).
    /// - Throws: ``InputError`` naming the file, line, column and field of the first problem.
    public static func read(file: InputFile) throws(InputError) -> VestaEvidence {
        let head = try file.head()
        try TextEncoding.refuseUnsupported(head: head, file: file.path)
        guard let format = Self.format(path: file.path, head: head) else {
            throw InputError(.unknownFormat, Provenance(file: file.path, line: 1), problem: "is not a VESTA result file",
                             expected: "expected scores.csv (header \(VestaScoresCSVReader.header)), scores.json or results.json")
        }
        switch format {
        case .scoresCSV: return try VestaScoresCSVReader.read(file: file)
        case .scoresJSON: return try VestaScoresJSONReader.read(file: VestaJSONFile(file: file))
        case .resultsJSON:
            let json = try VestaJSONFile(file: file)
            let run = VestaResultsReader.Run(
                files: [file.path], episodes: try VestaResultsReader.episodes(file: json), errors: [],
                skippedItems: try json.arrayItems(of: "VESTA episodes").count { !$0.isObject })
            return try scored(run, file: file.path)
        }
    }

    /// Whether `path` looks like a VESTA file (from its first bytes `head`) or is a folder
    /// holding VESTA results.
    public static func recognises(path: String, head: [UInt8]) -> Bool {
        if isFolder(path) { return (try? VestaResultsReader.resultFiles(path: path))?.isEmpty == false }
        return format(path: path, head: head) != nil
    }

    /// The VESTA format of a file from its first bytes: the `scores.csv` header (with or without
    /// byte-order mark), an object with `"overall"` and `"scores"`, or an array whose first
    /// object has an episode key (`final_label`, `family_id`, `authority_mode`, …), or an array
    /// in a file named `results.json`.
    public static func format(path: String, head: [UInt8]) -> VestaFormat? {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: Array(VestaScoresCSVReader.header.utf8)) { return .scoresCSV }
        while let first = bytes.first, [0x20, 0x09, 0x0A, 0x0D].contains(first) { bytes = bytes.dropFirst() }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("{"), text.contains("\"overall\""), text.contains("\"scores\"") { return .scoresJSON }
        if text.hasPrefix("[") {
            let episodeKeys = ["final_label", "family_id", "authority_mode", "risk_dimension", "target_llm_config", "final_judge_result"]
            if episodeKeys.contains(where: { text.contains("\"\($0)\"") }) { return .resultsJSON }
            if (path as NSString).lastPathComponent == "results.json" { return .resultsJSON }
        }
        return nil
    }

    /// The rows of a results run, scored as `agile evidence vesta-score` scores them without
    /// `--include-errors`. The texts that become evidence (dimension, sub-category, model,
    /// authority mode) may hold no control character: VESTA's scorer takes any, the store none.
    private static func scored(_ run: VestaResultsReader.Run, file path: String) throws(InputError) -> VestaEvidence {
        for episode in run.episodes {
            let location = episode.provenance ?? Provenance(file: path, line: 1)
            try ControlCharacters.check(episode.dimension, field: "dimension", at: location)
            try ControlCharacters.check(episode.riskSubtype, field: "risk_subtype", at: location)
            try ControlCharacters.check(episode.targetModel, field: "target_model", at: location)
            try ControlCharacters.check(episode.authorityMode, field: "authority_mode", at: location)
        }
        let scores: VestaScores
        do {
            scores = try VestaScorer.score(episodes: run.episodes)
        } catch {
            throw InputError(.inconsistent, Provenance(file: path, line: 0), problem: "cannot be scored: \(error)", expected: "expected counts that VESTA's scorer can add up")
        }
        var warnings: [String] = []
        if run.skippedItems > 0 { warnings.append("\(path): skipped \(run.skippedItems == 1 ? "1 array item that is not an object" : "\(run.skippedItems) array items that are not objects") (as VESTA does)") }
        if run.episodes.isEmpty { warnings.append("\(path): holds no episodes") }
        var warned: Set<String> = []
        for episode in run.episodes where !VestaTallyCheck.knownAuthorityModes.contains(episode.authorityMode) && warned.insert(episode.authorityMode).inserted {
            if let location = episode.provenance, let warning = VestaTallyCheck.authorityWarning(episode.authorityMode, at: location) {
                warnings.append(warning)
            }
        }
        return VestaEvidence(file: path, format: .resultsJSON, rows: scores.rows, overall: scores.overall,
                             numRawResults: scores.numRawResults, warnings: warnings)
    }

    /// Whether `path` is a folder (a VESTA results folder is read as one input).
    public static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
