// Model-safety evidence in the store: one transaction per file, history kept, current rows read.

import AgileCore
import GRDB

extension Store {
    /// Stores the records of one evidence file in one transaction.
    ///
    /// A record equal to the current one for its cell (benchmark, model, country, dimension,
    /// sub-dimension, context, metric) changes nothing; a different one becomes current and the
    /// old one stays as history. A file that brings nothing new leaves the store untouched, and
    /// so does content ingested before (the same SHA-256, under any name): the result names the
    /// earlier ingest. Illustrative as for data: the file's marker, an ``IllustrativeSidecar``,
    /// or `illustrative`; content ingested before takes such a marker over.
    /// - Parameters:
    ///   - path: the file the records came from (kept with the ingest and each record's line).
    ///   - illustrative: marks the evidence as illustrative even if the file does not say so.
    public func ingest(evidence file: EvidenceFile, path: String, illustrative: Bool = false) throws -> EvidenceIngestResult {
        try storing(path) {
            try queue.writeWithoutTransaction { db in
                var result = EvidenceIngestResult(file: path, format: file.format)
                result.illustrative = illustrative || file.illustrative || IllustrativeSidecar.marks(path)
                result.records = file.records.count
                try db.inTransaction(.immediate) {
                    result.sha256 = try file.sha256 ?? FileDigest.sha256(path: path)
                    if let earlier = try Store.earlierIngest(sha256: result.sha256, db) {
                        result.sameContentAs = earlier
                        result.unchanged = true
                        return .rollback
                    }
                    let now = Store.timestamp()
                    try db.execute(
                        sql: """
                            INSERT INTO ingests (file, sha256, format, framework, ingested_at, vintage, rows, added, superseded, illustrative)
                            VALUES (?, ?, ?, 'benchmarks', ?, ?, ?, 0, 0, ?)
                            """,
                        arguments: [path, result.sha256, file.format, now, Store.day(of: now), file.records.count, result.illustrative])
                    let ingest = db.lastInsertedRowID
                    let insert = try db.makeStatement(sql: """
                        INSERT INTO evidence (benchmark, model, country, dimension, sub_dimension, context, metric, value, n,
                            safe, unsafe, uncertain, error, unsafe_tool_called, risk_score, attack_success_rate, unsafe_tool_rate,
                            avg_tool_calls, ingest, line, "column")
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                    for record in file.records {
                        let counts = record.counts
                        try insert.execute(arguments: [
                            record.benchmark, record.model, record.country, record.dimension, record.subDimension,
                            record.context, record.metric, record.value, record.n,
                            counts?.safe, counts?.unsafe, counts?.uncertain, counts?.error, counts?.unsafeToolCalled,
                            counts?.riskScore, counts?.attackSuccessRate, counts?.unsafeToolRate, counts?.avgToolCalls,
                            ingest, record.provenance.line, record.provenance.column,
                        ])
                    }
                    let sameCell = """
                        o.benchmark = n.benchmark AND o.model = n.model AND o.country = n.country AND o.dimension = n.dimension
                        AND o.sub_dimension = n.sub_dimension AND o.context = n.context AND o.metric = n.metric
                        """
                    try db.execute(sql: """
                        DELETE FROM evidence AS n WHERE n.ingest = ?1 AND EXISTS (
                            SELECT 1 FROM evidence o WHERE \(sameCell) AND o.current = 1 AND o.ingest <> ?1
                              AND o.value = n.value AND o.n IS n.n AND o.safe IS n.safe AND o.unsafe IS n.unsafe
                              AND o.uncertain IS n.uncertain AND o.error IS n.error
                              AND o.unsafe_tool_called IS n.unsafe_tool_called AND o.risk_score IS n.risk_score
                              AND o.attack_success_rate IS n.attack_success_rate AND o.unsafe_tool_rate IS n.unsafe_tool_rate
                              AND o.avg_tool_calls IS n.avg_tool_calls)
                        """, arguments: [ingest])
                    result.added = file.records.count - db.changesCount
                    try db.execute(sql: """
                        UPDATE evidence AS o SET current = 0, superseded_by = ?1
                        WHERE o.current = 1 AND o.ingest <> ?1 AND EXISTS (
                            SELECT 1 FROM evidence n WHERE n.ingest = ?1 AND \(sameCell))
                        """, arguments: [ingest])
                    result.superseded = db.changesCount
                    if result.superseded > 0 { result.supersessions = try evidenceSupersessions(by: ingest, file: path, db) }
                    guard result.added > 0 else {
                        result.unchanged = true
                        return .rollback
                    }
                    try db.execute(sql: "UPDATE ingests SET added = ?, superseded = ? WHERE id = ?",
                                   arguments: [result.added, result.superseded, ingest])
                    result.ingest = ingest
                    return .commit
                }
                if let earlier = result.sameContentAs, result.illustrative, !earlier.illustrative {
                    try Store.markIllustrative(sha256: result.sha256, db)
                    result.sameContentAs?.illustrative = true
                    result.markedIllustrative = true
                }
                return result
            }
        }
    }

    /// The current results `ingest` superseded, in the order of the file's lines.
    private func evidenceSupersessions(by ingest: Int64, file: String, _ db: Database) throws -> [Supersession] {
        try Row.fetchAll(db, sql: """
            SELECT o.benchmark, o.model, o.country, o.dimension, o.sub_dimension, o.context, o.metric,
                   o.value AS earlier, o.ingest AS earlierIngest, i.file AS earlierFile, o.line AS earlierLine, n.value, n.line
            FROM evidence o
            JOIN evidence n
              ON n.benchmark = o.benchmark AND n.model = o.model AND n.country = o.country AND n.dimension = o.dimension
             AND n.sub_dimension = o.sub_dimension AND n.context = o.context AND n.metric = o.metric AND n.ingest = ?1
            JOIN ingests i ON i.id = o.ingest
            WHERE o.superseded_by = ?1
            ORDER BY n.line, n."column", o.id
            """, arguments: [ingest]).map { row in
            let subDimension: String = row["sub_dimension"]
            let dimension: String = row["dimension"]
            let cell: [String] = [row["benchmark"], row["model"], row["country"],
                        subDimension.isEmpty ? dimension : "\(dimension)/\(subDimension)", row["context"], row["metric"]]
            return Supersession(
                subject: cell.filter { !$0.isEmpty }.joined(separator: " "), earlier: row["earlier"],
                earlierIngest: row["earlierIngest"], earlierProvenance: Provenance(file: row["earlierFile"], line: row["earlierLine"]),
                value: row["value"], provenance: Provenance(file: file, line: row["line"]), otherChange: "n or counts")
        }
    }

    /// The current evidence, in a stable order (benchmark, model, country, dimension,
    /// sub-dimension, context), with the file and line each record was read from.
    /// - Throws: ``InputError`` at the record's file and line when a count (n, a VESTA counter)
    ///   is beyond ``CaseCount/maximum``: stores written before that bound may hold one.
    public func evidence() throws -> [EvidenceRecord] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.*, i.file AS file FROM evidence e JOIN ingests i ON i.id = e.ingest
                WHERE e.current = 1
                ORDER BY e.benchmark, e.model, e.country, e.dimension, e.sub_dimension, e.context, e.metric
                """).map { row throws(InputError) in
                let provenance = Provenance(file: row["file"], line: row["line"], column: row["column"])
                func count(_ column: String) throws(InputError) -> Int? {
                    guard let value: Int = row[column] else { return nil }
                    guard CaseCount.allows(value) else {
                        // The record's line; its column is the value's, not this field's.
                        throw InputError(.outOfRange, Provenance(file: provenance.file, line: provenance.line), field: column, value: String(value),
                                         problem: "is stored as more than \(CaseCount.maximumText) cases",
                                         expected: "stored before counts were bounded; ingest a corrected file to replace it")
                    }
                    return value
                }
                var counts: VestaTally?
                if let safe = try count("safe") {
                    let (unsafe, uncertain, error) = (try count("unsafe") ?? 0, try count("uncertain") ?? 0, try count("error") ?? 0)
                    // Four counts of at most 10⁹ each: the sum fits.
                    counts = VestaTally(
                        numCases: safe + unsafe + uncertain + error, safe: safe, unsafe: unsafe, uncertain: uncertain, error: error,
                        unsafeToolCalled: try count("unsafe_tool_called") ?? 0, riskScore: row["risk_score"] ?? 0,
                        attackSuccessRate: row["attack_success_rate"] ?? 0, unsafeToolRate: row["unsafe_tool_rate"] ?? 0,
                        avgToolCalls: row["avg_tool_calls"] ?? 0)
                }
                return EvidenceRecord(
                    benchmark: row["benchmark"], model: row["model"], country: row["country"], dimension: row["dimension"],
                    subDimension: row["sub_dimension"], context: row["context"], metric: row["metric"], value: row["value"],
                    n: try count("n"), counts: counts, provenance: provenance)
            }
        }
    }

    /// Whether any current evidence came from a file marked illustrative.
    public func evidenceIsIllustrative() throws -> Bool {
        try queue.read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM evidence e JOIN ingests i ON i.id = e.ingest
                               WHERE e.current = 1 AND i.illustrative = 1)
                """) ?? false
        }
    }
}
