// VESTA's results.json (and errors.json) read into episodes, from a file or a results folder.

import AgileCore
import Foundation

/// Reads VESTA's raw episodes as VESTA's scorer does.
///
/// A path is a `results.json` file or a results folder. In a folder: when `results.json` lies
/// directly in it and there are no "stable" files (`A/B/results.json`, exactly three levels
/// down), that one file is read; otherwise the stable files (sorted); if there are none, the
/// `results.json` files below a `by_subtype` folder; if none, every `results.json` below that has
/// no `scores` folder in its path. With errors, each file's sibling `errors.json` (when present)
/// adds failed episodes. Array items that are not objects are skipped, as VESTA skips them.
///
/// ```swift
/// let run = try VestaResultsReader.read(path: "runs/2026-05-01", includeErrors: true)
/// let scores = VestaScorer.score(episodes: run.episodes, errors: run.errors)
/// ```
public enum VestaResultsReader {
    /// The episodes (and error rows) of a results file or folder.
    public struct Run: Sendable {
        /// The `results.json` files read, in order.
        public var files: [String]
        public var episodes: [VestaEpisode]
        /// The rows of the `errors.json` files (empty unless asked for).
        public var errors: [VestaErrorRecord]
        /// Array items that were not objects (VESTA skips them; so do we, and say so).
        public var skippedItems = 0
    }

    /// Reads `path`; `errors.json` files only when `includeErrors` is set.
    public static func read(path: String, includeErrors: Bool) throws(InputError) -> Run {
        let files = try resultFiles(path: path)
        var run = Run(files: files, episodes: [], errors: [])
        for file in files {
            let json = try VestaJSONFile(path: file)
            run.episodes += try episodes(file: json)
            run.skippedItems += try json.arrayItems(of: "VESTA episodes").count { !$0.isObject }
            guard includeErrors else { continue }
            let errorsPath = (file as NSString).deletingLastPathComponent.appendingPathComponentIfAny("errors.json")
            if FileManager.default.fileExists(atPath: errorsPath) {
                run.errors += try errorRecords(file: VestaJSONFile(path: errorsPath))
            }
        }
        return run
    }

    /// The `results.json` files a path stands for (the path itself when it is a file).
    public static func resultFiles(path: String) throws(InputError) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputError(.unreadable, Provenance(file: path, line: 0), problem: "does not exist", expected: "expected a results.json file or a VESTA results folder")
        }
        guard isFolder.boolValue else { return [path] }
        let below = resultsBelow(path)
        let stable = below.filter { $0.count == 3 }
        let top = path.appendingPathComponentIfAny("results.json")
        var chosen: [[String]]
        if FileManager.default.fileExists(atPath: top), stable.isEmpty {
            return [top]
        } else if !stable.isEmpty {
            chosen = stable
        } else {
            chosen = below.filter { $0.dropLast().contains("by_subtype") }
            if chosen.isEmpty { chosen = below.filter { !$0.contains("scores") } }
        }
        guard !chosen.isEmpty else {
            throw InputError(.structure, Provenance(file: path, line: 0), problem: "holds no results.json file", expected: "expected VESTA's results layout")
        }
        return chosen.sorted(by: VestaScorer.codePointOrder).map { path.appendingPathComponentIfAny($0.joined(separator: "/")) }
    }

    /// The paths (as components relative to `folder`) of every `results.json` below it.
    private static func resultsBelow(_ folder: String) -> [[String]] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [[String]] = []
        while let relative = walker.nextObject() as? String {
            let components = relative.split(separator: "/").map(String.init)
            if components.last == "results.json" { found.append(components) }
        }
        return found
    }

    // MARK: Episodes

    /// The episodes of one `results.json`.
    public static func episodes(file: VestaJSONFile) throws(InputError) -> [VestaEpisode] {
        var episodes: [VestaEpisode] = []
        for (number, item) in try file.arrayItems(of: "VESTA episodes").enumerated() where item.isObject {
            episodes.append(try episode(item, number: number + 1, file: file))
        }
        return episodes
    }

    /// One episode object, normalised by VESTA's rules.
    static func episode(_ item: JSONNode, number: Int, file: VestaJSONFile) throws(InputError) -> VestaEpisode {
        let fields = VestaFields(item: item, number: number, file: file, what: "episode")
        let judge = item["final_judge_result"].flatMap { $0.isObject ? $0 : nil }
        let labelNode = [item["final_label"], judge?["final_label"], judge?["label"], judge?["judgement"], judge?["decision"]]
            .lazy.compactMap { $0 }.first { $0.isTruthy }
        var label = VestaLabel.error
        if let labelNode, case .string(let text) = labelNode.value { label = VestaLabel(normalising: text) }
        let state = item["runtime_state"].flatMap { $0.isObject ? $0 : nil }
        let unsafeTool = [item["unsafe_tool_called"], item["executed_risk_events"], state?["forbidden_tool_called"], state?["risk_events"]]
            .contains { $0?.isTruthy ?? false }
        let subtype = try fields.text("risk_subtype")
        let otherSubtype = try fields.text("subtype")
        return VestaEpisode(
            dimension: VestaEpisode.dimension(
                dimension: try fields.text("dimension"), riskDimension: try fields.text("risk_dimension"), familyID: try fields.text("family_id")),
            riskSubtype: subtype ?? otherSubtype ?? "unknown_subtype",
            targetModel: VestaEpisode.modelName(targetModel: try fields.text("target_model"), config: try fields.text("target_llm_config")),
            authorityMode: VestaEpisode.authorityMode(try fields.text("authority_mode")),
            label: label, unsafeToolCalled: unsafeTool, toolCalls: try fields.count("num_tool_calls"),
            provenance: file.location(item))
    }

    // MARK: Errors

    /// The rows of one `errors.json`.
    public static func errorRecords(file: VestaJSONFile) throws(InputError) -> [VestaErrorRecord] {
        var records: [VestaErrorRecord] = []
        for (number, item) in try file.arrayItems(of: "failed VESTA episodes").enumerated() where item.isObject {
            let fields = VestaFields(item: item, number: number + 1, file: file, what: "error row")
            let declared = try fields.text("dimension")
            let subtype = try fields.text("subtype")
            let otherSubtype = try fields.text("risk_subtype")
            records.append(VestaErrorRecord(
                declaredDimension: declared,
                ownDimension: VestaEpisode.dimension(dimension: declared, riskDimension: try fields.text("risk_dimension"), familyID: try fields.text("family_id")),
                riskSubtype: subtype ?? otherSubtype ?? "unknown_subtype",
                targetModel: VestaEpisode.modelName(targetModel: try fields.text("target_model"), config: try fields.text("target_llm_config")),
                authorityMode: VestaEpisode.authorityMode(try fields.text("authority_mode")),
                provenance: file.location(item)))
        }
        return records
    }
}

extension String {
    /// The path with `component` appended (`folder/component`).
    func appendingPathComponentIfAny(_ component: String) -> String {
        if isEmpty { return component }
        return hasSuffix("/") ? self + component : self + "/" + component
    }
}
