// Self-assessments in the store: the run placed against, the files and values read, the
// parameters and every placement, so an assessment can be printed again byte for byte without
// its files.

import AgileCore
import Foundation
import GRDB

/// A file a self-assessment read, as it was named, the SHA-256 of its bytes, and whether it
/// marks its values illustrative (itself or by a sidecar).
public struct AssessedFile: Hashable, Sendable {
    public var name: String
    public var sha256: String
    public var illustrative: Bool

    public init(name: String, sha256: String, illustrative: Bool = false) {
        self.name = name
        self.sha256 = sha256
        self.illustrative = illustrative
    }
}

/// One recorded placement of a self-assessment: a node's score for an assessed country, the
/// rank it would take of `of`, and the median of the run's other countries.
public struct AssessmentScore: Hashable, Sendable {
    public var country: String
    public var node: String
    /// `nil`: missing.
    public var score: Double?
    public var rank: Int?
    public var of: Int
    /// `nil`: no other country has a score.
    public var peerMedian: Double?

    public init(country: String, node: String, score: Double?, rank: Int?, of: Int, peerMedian: Double?) {
        self.country = country
        self.node = node
        self.score = score
        self.rank = rank
        self.of = of
        self.peerMedian = peerMedian
    }
}

/// A self-assessment as recorded in the store.
public struct AssessmentRecord: Hashable, Sendable {
    public var id: Int64
    /// The run it was placed against.
    public var run: Int64
    /// Whether values beyond the run's range scored beyond the scale (else clipped).
    public var extrapolate: Bool
    /// SHA-256 of the values read, in the order read (``Store/assessmentSnapshot(of:)``).
    public var snapshot: String
    /// When it was recorded (ISO 8601, UTC), as stored.
    public var createdAt: String
    /// The version of agile that recorded it.
    public var version: String
    /// The files read, in the order given.
    public var files: [AssessedFile]
    /// The countries assessed, by code.
    public var countries: [String]
}

extension Store {
    /// Records a self-assessment in one transaction: the run, the files, every value read (in
    /// the order read), whether it extrapolated, and every placement. An assessment identical
    /// to a recorded one (same run, files, values, parameters and version) is not recorded
    /// twice: the recorded one's id is returned.
    /// - Throws: ``StoreError/readOnly(path:what:)`` when the store was opened read only.
    @discardableResult
    public func recordAssessment(
        run: Int64, extrapolate: Bool, files: [AssessedFile], inputs: [Observation], results: [AssessmentScore],
        version: String = AgileVersion.current
    ) throws -> Int64 {
        try requireWritable()
        let snapshot = Store.assessmentSnapshot(of: inputs)
        let fileText = files.map { "\($0.name)\t\($0.sha256)\t\($0.illustrative)" }.joined(separator: "\n")
        return try queue.write { db in
            for existing in try Int64.fetchAll(db, sql: """
                SELECT id FROM assessments WHERE run = ? AND extrapolate = ? AND snapshot = ? AND version = ? ORDER BY id
                """, arguments: [run, extrapolate, snapshot, version]) {
                let recorded = try Row.fetchAll(db, sql: "SELECT name, sha256, illustrative FROM assessment_files WHERE assessment = ? ORDER BY position",
                                                arguments: [existing]).map { "\($0[0] as String)\t\($0[1] as String)\t\($0[2] as Bool)" }
                if recorded.joined(separator: "\n") == fileText { return existing }
            }
            try db.execute(sql: "INSERT INTO assessments (run, extrapolate, snapshot, created_at, version) VALUES (?, ?, ?, ?, ?)",
                           arguments: [run, extrapolate, snapshot, Store.timestamp(), version])
            let id = db.lastInsertedRowID
            let file = try db.makeStatement(sql: "INSERT INTO assessment_files (assessment, position, name, sha256, illustrative) VALUES (?, ?, ?, ?, ?)")
            for (position, entry) in files.enumerated() {
                try file.execute(arguments: [id, position, entry.name, entry.sha256, entry.illustrative])
            }
            let input = try db.makeStatement(sql: """
                INSERT INTO assessment_inputs (assessment, position, country, indicator, year, value, source, note, file, line, "column")
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (position, observation) in inputs.enumerated() {
                try input.execute(arguments: [
                    id, position, observation.country, observation.indicator, observation.year, observation.value, observation.source,
                    observation.note, observation.provenance.file, observation.provenance.line, observation.provenance.column,
                ])
            }
            let score = try db.makeStatement(sql: """
                INSERT INTO assessment_scores (assessment, country, node, score, rank, "of", peer_median) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            for result in results {
                try score.execute(arguments: [id, result.country, result.node, result.score, result.rank, result.of, result.peerMedian])
            }
            return id
        }
    }

    /// The SHA-256 of a self-assessment's values in the order read (country, indicator, year,
    /// value, source, note and place each).
    public static func assessmentSnapshot(of inputs: [Observation]) -> String {
        var canonical = ""
        for input in inputs {
            let value = input.value.map { "\($0)" } ?? ""
            canonical += "\(input.country)\t\(input.indicator)\t\(input.year)\t\(value)\t\(input.source)\t\(input.note)\t\(input.provenance)\n"
        }
        return FileDigest.sha256(Array(canonical.utf8))
    }

    /// The self-assessments recorded, oldest first (none in a store read without the tables,
    /// from an agile before them).
    public func assessments() throws -> [AssessmentRecord] {
        try assessments(id: nil)
    }

    /// One recorded self-assessment.
    public func assessment(_ id: Int64) throws -> AssessmentRecord? {
        try assessments(id: id).first
    }

    private func assessments(id: Int64?) throws -> [AssessmentRecord] {
        try queue.read { db in
            guard try db.tableExists("assessments") else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT id, run, extrapolate, snapshot, created_at, version FROM assessments WHERE ?1 IS NULL OR id = ?1 ORDER BY id
                """, arguments: [id]).map { row in
                let id: Int64 = row[0]
                let files = try Row.fetchAll(db, sql: "SELECT name, sha256, illustrative FROM assessment_files WHERE assessment = ? ORDER BY position",
                                             arguments: [id]).map { AssessedFile(name: $0[0], sha256: $0[1], illustrative: $0[2]) }
                let countries = try String.fetchAll(db, sql: "SELECT DISTINCT country FROM assessment_scores WHERE assessment = ? ORDER BY country",
                                                    arguments: [id])
                return AssessmentRecord(id: id, run: row[1], extrapolate: row[2], snapshot: row[3], createdAt: row[4], version: row[5],
                                        files: files, countries: countries)
            }
        }
    }

    /// The values a self-assessment read, in the order read.
    public func inputs(ofAssessment assessment: Int64) throws -> [Observation] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT country, indicator, year, value, source, note, file, line, "column"
                FROM assessment_inputs WHERE assessment = ? ORDER BY position
                """, arguments: [assessment]).map { row in
                Observation(country: row[0], indicator: row[1], year: row[2], value: row[3], source: row[4], note: row[5],
                            provenance: Provenance(file: row[6], line: row[7], column: row[8]))
            }
        }
    }

    /// The placements a self-assessment recorded, by country and node.
    public func results(ofAssessment assessment: Int64) throws -> [AssessmentScore] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT country, node, score, rank, "of", peer_median FROM assessment_scores WHERE assessment = ? ORDER BY country, node
                """, arguments: [assessment]).map { row in
                AssessmentScore(country: row[0], node: row[1], score: row[2], rank: row[3], of: row[4], peerMedian: row[5])
            }
        }
    }
}
