// The versioned schema of the SQLite store, as GRDB migrations, and the check of a store's
// migrations against them.

import GRDB

/// The store's migrations, applied in order on every open (each exactly once).
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: frameworks, countries, ingests, observations, runs, scores") { db in
            try db.execute(sql: """
                CREATE TABLE countries (
                    alpha3 TEXT PRIMARY KEY NOT NULL,
                    alpha2 TEXT NOT NULL,
                    numeric TEXT NOT NULL,
                    name TEXT NOT NULL
                );
                CREATE TABLE frameworks (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL,
                    name TEXT NOT NULL,
                    edition INTEGER NOT NULL,
                    path TEXT NOT NULL,
                    sha256 TEXT NOT NULL UNIQUE,
                    content BLOB NOT NULL
                );
                CREATE TABLE ingests (
                    id INTEGER PRIMARY KEY,
                    file TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    format TEXT NOT NULL,
                    framework TEXT NOT NULL,
                    ingested_at TEXT NOT NULL,
                    rows INTEGER NOT NULL,
                    added INTEGER NOT NULL,
                    superseded INTEGER NOT NULL,
                    illustrative INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX ingests_sha256 ON ingests(sha256);
                CREATE TABLE observations (
                    id INTEGER PRIMARY KEY,
                    country TEXT NOT NULL REFERENCES countries(alpha3),
                    indicator TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    value REAL,
                    source TEXT NOT NULL DEFAULT '',
                    note TEXT NOT NULL DEFAULT '',
                    ingest INTEGER NOT NULL REFERENCES ingests(id),
                    line INTEGER NOT NULL,
                    "column" INTEGER NOT NULL,
                    current INTEGER NOT NULL DEFAULT 1,
                    superseded_by INTEGER REFERENCES ingests(id)
                );
                CREATE UNIQUE INDEX observations_key
                    ON observations(country, indicator, year, source, ingest);
                CREATE TABLE runs (
                    id INTEGER PRIMARY KEY,
                    framework INTEGER NOT NULL REFERENCES frameworks(id),
                    weight_set TEXT NOT NULL,
                    method TEXT NOT NULL,
                    snapshot TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    results BLOB
                );
                CREATE TABLE scores (
                    run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    country TEXT NOT NULL,
                    node TEXT NOT NULL,
                    score REAL,
                    rank INTEGER,
                    flags TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (run, country, node)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2: the inputs of each run, so a run can be replayed exactly") { db in
            try db.execute(sql: """
                CREATE TABLE run_inputs (
                    run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    country TEXT NOT NULL,
                    indicator TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    value REAL NOT NULL,
                    source TEXT NOT NULL,
                    note TEXT NOT NULL,
                    file TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    "column" INTEGER NOT NULL,
                    PRIMARY KEY (run, country, indicator)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v3: model-safety evidence beside the observations") { db in
            try db.execute(sql: """
                CREATE TABLE evidence (
                    id INTEGER PRIMARY KEY,
                    benchmark TEXT NOT NULL,
                    model TEXT NOT NULL,
                    country TEXT NOT NULL DEFAULT '',
                    dimension TEXT NOT NULL,
                    sub_dimension TEXT NOT NULL DEFAULT '',
                    context TEXT NOT NULL DEFAULT '',
                    metric TEXT NOT NULL,
                    value REAL NOT NULL,
                    n INTEGER,
                    safe INTEGER,
                    unsafe INTEGER,
                    uncertain INTEGER,
                    error INTEGER,
                    unsafe_tool_called INTEGER,
                    risk_score REAL,
                    attack_success_rate REAL,
                    unsafe_tool_rate REAL,
                    avg_tool_calls REAL,
                    ingest INTEGER NOT NULL REFERENCES ingests(id),
                    line INTEGER NOT NULL,
                    "column" INTEGER NOT NULL,
                    current INTEGER NOT NULL DEFAULT 1,
                    superseded_by INTEGER REFERENCES ingests(id)
                );
                CREATE UNIQUE INDEX evidence_key
                    ON evidence(benchmark, model, country, dimension, sub_dimension, context, metric, ingest);
                CREATE INDEX evidence_current ON evidence(current, benchmark);
                """)
        }
        migrator.registerMigration(indexes) { db in
            // A re-ingest finds the rows of its ingest through the first, and a run asks through
            // it whether the illustrative ingests hold a current value; the second (partial: only
            // the superseded rows) counts the history without reading the whole table.
            try db.execute(sql: """
                CREATE INDEX observations_ingest ON observations(ingest);
                CREATE INDEX observations_superseded ON observations(current) WHERE current = 0;
                """)
        }
        migrator.registerMigration(runVersion) { db in
            // NULL for the runs recorded before: their version is unknown.
            try db.execute(sql: "ALTER TABLE runs ADD COLUMN version TEXT")
        }
        migrator.registerMigration(vintages) { db in
            // A value's vintage is its file's: the date the file declares, else the day it was
            // ingested (for the ingests before this migration too, as none declared one then).
            // A run records which vintages it scored.
            try db.execute(sql: """
                ALTER TABLE ingests ADD COLUMN vintage TEXT NOT NULL DEFAULT '';
                ALTER TABLE ingests ADD COLUMN vintage_declared INTEGER NOT NULL DEFAULT 0;
                UPDATE ingests SET vintage = substr(ingested_at, 1, 10);
                ALTER TABLE runs ADD COLUMN vintages TEXT NOT NULL DEFAULT 'revised';
                """)
        }
        migrator.registerMigration(assessments) { db in
            // A self-assessment: the run it was placed against, the files read (name and
            // SHA-256, in the order given), every value read from them (in the order read, so a
            // replay selects as the first reading did), and every node's score and placement.
            try db.execute(sql: """
                CREATE TABLE assessments (
                    id INTEGER PRIMARY KEY,
                    run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    extrapolate INTEGER NOT NULL,
                    snapshot TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    version TEXT NOT NULL
                );
                CREATE TABLE assessment_files (
                    assessment INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    illustrative INTEGER NOT NULL,
                    PRIMARY KEY (assessment, position)
                ) WITHOUT ROWID;
                CREATE TABLE assessment_inputs (
                    assessment INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    country TEXT NOT NULL,
                    indicator TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    value REAL,
                    source TEXT NOT NULL,
                    note TEXT NOT NULL,
                    file TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    "column" INTEGER NOT NULL,
                    PRIMARY KEY (assessment, position)
                ) WITHOUT ROWID;
                CREATE TABLE assessment_scores (
                    assessment INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
                    country TEXT NOT NULL,
                    node TEXT NOT NULL,
                    score REAL,
                    rank INTEGER,
                    "of" INTEGER NOT NULL,
                    peer_median REAL,
                    PRIMARY KEY (assessment, country, node)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }

    /// The migration that records self-assessments.
    static let assessments = "v7: self-assessments"

    /// The migration that dates every value (the vintage of its ingest) and records a run's
    /// vintage selection.
    static let vintages = "v6: the vintage of each value"

    static let indexes = "v4: indexes on the ingest of each observation and on superseded observations"
    static let runVersion = "v5: the version of the tool that recorded a run"

    /// Migrations a store can be read without (a read-only store from an older agile): the
    /// indexes only speed queries up, a run without the version column reads as one of
    /// unknown version, and a store without the assessment tables has recorded none.
    static let readableWithout: Set<String> = [indexes, runVersion, assessments]

    /// The short name of a migration (`v4` of `v4: an index on …`).
    static func name(_ identifier: String) -> String {
        String(identifier.prefix { $0 != ":" })
    }

    /// Checks the store behind `queue` against the migrations this agile knows, reading only.
    /// - Returns: the known migrations the store has not had yet, in order.
    /// - Throws: ``StoreError/newer(path:migration:)`` when a newer agile has migrated the
    ///   store, ``StoreError/notAStore(path:reason:)`` for another program's database.
    static func check(_ queue: DatabaseQueue, path: String) throws -> [String] {
        let known = migrator.migrations
        return try queue.read { db in
            let tables = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            if tables.isEmpty { return known }
            guard tables.contains("grdb_migrations") else {
                throw StoreError.notAStore(path: path, reason: "an SQLite database without agile's tables")
            }
            let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            if let unknown = applied.first(where: { !known.contains($0) }) {
                throw StoreError.newer(path: path, migration: name(unknown))
            }
            return known.filter { !applied.contains($0) }
        }
    }
}
