// Scoring runs in the store: what went in (framework, method, weights, the selected values) and
// what came out (every node's score and rank per country), so a run can be replayed exactly.

import AgileCore
import Foundation
import GRDB

/// A scoring run as recorded in the store.
public struct RunRecord: Hashable, Sendable {
    public var id: Int64
    /// The framework's key (e.g. `agile-2024`) and the SHA-256 of its registry file.
    public var framework: String
    public var frameworkSHA256: String
    public var weightSet: String
    /// The method as given on the command line (empty: the registry's own).
    public var method: String
    /// SHA-256 of the run's inputs in canonical order.
    public var snapshot: String
    /// When the run was recorded (ISO 8601, UTC), as stored.
    public var createdAt: String
    /// The vintages the run scored, as ``VintageSelection`` writes them (`revised`,
    /// `as-published:2025-02-21`, `as-of:2024-12-31`); `revised` for runs recorded before vintages.
    public var vintages: String
    /// The framework's edition and the path its registry was first registered from.
    public var edition: Int
    public var registryPath: String
    /// The version of agile that recorded the run (``AgileVersion``); `nil` for a run recorded
    /// before versions were (unknown).
    public var version: String?
}

extension Store {
    /// Records a run: its inputs (the values selected for the edition, with their provenance)
    /// and every node's score and rank per country, in one transaction. A run identical to a
    /// recorded one (same registry, weights, method, vintages and inputs) is not recorded twice:
    /// the recorded one's id is returned.
    ///
    /// - Parameters:
    ///   - frameworkID: the row of the registry, from ``register(_:path:)``.
    ///   - vintages: the vintages the inputs were selected by (``VintageSelection``'s text).
    ///   - inputs: the selected observations the run scored.
    ///   - nodes: the column codes of `scores` and `ranks` (indicators, then aggregates).
    ///   - version: the version of agile that scored the run (a run of another version is
    ///     another run).
    /// - Returns: the run's id.
    /// - Throws: ``ScoringError/unrecordable(node:unit:quantity:)`` before anything is written
    ///   when a score is neither finite nor missing or a rank is not a place among the units.
    /// - Throws: ``StoreError/readOnly(path:what:)`` when the store was opened read only.
    @discardableResult
    public func recordRun(
        frameworkID: Int64, weightSet: String, method: String, vintages: String = "revised", inputs: [Observation],
        units: [String], nodes: [String], scores: ScoreTable, ranks: ScoreTable, version: String = AgileVersion.current
    ) throws -> Int64 {
        try ScoreTable.checkRecordable(scores: scores, ranks: ranks)
        try requireWritable()
        let ordered = inputs.sorted { ($0.country, $0.indicator) < ($1.country, $1.indicator) }
        let snapshot = Store.snapshot(of: ordered)
        return try queue.write { db in
            if let existing = try Int64.fetchOne(db, sql: """
                SELECT id FROM runs
                WHERE framework = ? AND weight_set = ? AND method = ? AND snapshot = ? AND vintages = ? AND version IS ? ORDER BY id LIMIT 1
                """, arguments: [frameworkID, weightSet, method, snapshot, vintages, version]) {
                return existing
            }
            try db.execute(
                sql: "INSERT INTO runs (framework, weight_set, method, snapshot, created_at, vintages, version) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [frameworkID, weightSet, method, snapshot, Store.timestamp(), vintages, version])
            let run = db.lastInsertedRowID
            let input = try db.makeStatement(sql: """
                INSERT INTO run_inputs (run, country, indicator, year, value, source, note, file, line, "column")
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for observation in ordered {
                guard let value = observation.value else { continue }
                try input.execute(arguments: [
                    run, observation.country, observation.indicator, observation.year, value, observation.source,
                    observation.note, observation.provenance.file, observation.provenance.line, observation.provenance.column,
                ])
            }
            let score = try db.makeStatement(sql: "INSERT INTO scores (run, country, node, score, rank) VALUES (?, ?, ?, ?, ?)")
            for (row, unit) in units.enumerated() {
                for (column, node) in nodes.enumerated() {
                    let value = scores[row, column], rank = ranks[row, column]
                    try score.execute(arguments: [run, unit, node, value.isNaN ? nil : value, rank.isNaN ? nil : Int(rank)])
                }
            }
            return run
        }
    }

    /// The SHA-256 of a run's inputs in canonical order (country, indicator; year, value,
    /// source): the same data gives the same snapshot in any store.
    public static func snapshot(of inputs: [Observation]) -> String {
        var canonical = ""
        for input in inputs.sorted(by: { ($0.country, $0.indicator) < ($1.country, $1.indicator) }) {
            canonical += "\(input.country)\t\(input.indicator)\t\(input.year)\t\(input.value.map { "\($0)" } ?? "")\t\(input.source)\n"
        }
        return FileDigest.sha256(Array(canonical.utf8))
    }

    /// One recorded run.
    public func run(_ id: Int64) throws -> RunRecord? {
        try runs(id: id).first
    }

    /// The runs recorded, oldest first.
    public func runs() throws -> [RunRecord] {
        try runs(id: nil)
    }

    /// The runs recorded (only run `id` when given), oldest first. A store read without the
    /// version column (read only, from an agile before it) gives every run an unknown version.
    private func runs(id: Int64?) throws -> [RunRecord] {
        try queue.read { db in
            let version = try db.columns(in: "runs").contains { $0.name == "version" } ? "r.version" : "NULL"
            return try Row.fetchAll(db, sql: """
                SELECT r.id, f.key, f.sha256, r.weight_set, r.method, r.snapshot, r.created_at, r.vintages, f.edition, f.path, \(version)
                FROM runs r JOIN frameworks f ON f.id = r.framework
                WHERE ?1 IS NULL OR r.id = ?1 ORDER BY r.id
                """, arguments: [id]).map { row in
                RunRecord(id: row[0], framework: row[1], frameworkSHA256: row[2], weightSet: row[3], method: row[4], snapshot: row[5],
                          createdAt: row[6], vintages: row[7], edition: row[8], registryPath: row[9], version: row[10])
            }
        }
    }

    /// The registry content the store keeps under `sha256` (the bytes of the file a run or an
    /// ingest was made with); `nil` when it keeps none.
    public func registryContent(sha256: String) throws -> [UInt8]? {
        try queue.read { db in
            try Data.fetchOne(db, sql: "SELECT content FROM frameworks WHERE sha256 = ?", arguments: [sha256]).map { Array($0) }
        }
    }

    /// The inputs of a run, as they were scored.
    public func inputs(ofRun run: Int64) throws -> [Observation] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT country, indicator, year, value, source, note, file, line, "column"
                FROM run_inputs WHERE run = ? ORDER BY country, indicator
                """, arguments: [run]).map { row in
                Observation(country: row[0], indicator: row[1], year: row[2], value: row[3], source: row[4], note: row[5],
                            provenance: Provenance(file: row[6], line: row[7], column: row[8]))
            }
        }
    }

    /// One stored score of a run: (score, rank) of a node for a country.
    public func score(run: Int64, country: String, node: String) throws -> (score: Double?, rank: Int?)? {
        try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT score, rank FROM scores WHERE run = ? AND country = ? AND node = ?",
                             arguments: [run, country, node]).map { ($0[0], $0[1]) }
        }
    }
}
