// What one edition reads from the store, selected in SQL through the key index: the work and
// the memory of a run grow with the edition (countries × indicators × years), not the store.

import AgileCore
import GRDB

extension Store {
    /// The current values an edition uses, selected through the key index (country,
    /// indicator, year, …): per country and code, the values of the latest year inside `years`
    /// that has one, and with `earlier` also those of the latest year before the window (for
    /// latest-earlier imputation). Every source of the year chosen is returned, so that
    /// ``EditionSelection`` (and ``ScoringInput`` for the earlier values) picks among them
    /// exactly as among all stored values. Explicitly missing values are left out.
    ///
    /// ```swift
    /// let stored = try store.editionObservations(
    ///     countries: framework.participants.map(\.code), indicators: framework.dataCodes,
    ///     years: framework.years, earlier: false)
    /// let selection = EditionSelection(framework: framework, observations: stored)
    /// ```
    ///
    /// - Parameters:
    ///   - countries: the edition's countries; `nil` for every country of the store's list
    ///     (an edition that lists none scores every country with data).
    ///   - indicators: the codes to read (indicators and denominators).
    ///   - years: the edition's window.
    ///   - earlier: also read the latest values before the window, for `countries` (with
    ///     `nil`, for the countries that have a value in the window).
    ///   - vintage: the last vintage to read (``VintageSelection/cutoff``): of the values of a
    ///     (country, indicator, year, source) with a vintage on or before it, the one ingested
    ///     last, superseded or not; `nil` for the current values (every vintage).
    /// - Returns: the window's values ordered by country, indicator, year and source, then the
    ///   earlier values in the same order.
    public func editionObservations(
        countries: [String]?, indicators: Set<String>, years: ClosedRange<Int>, earlier: Bool, vintage: CalendarDate? = nil
    ) throws -> [Observation] {
        let codes = indicators.sorted()
        guard !codes.isEmpty else { return [] }
        return try queue.read { db in
            let list = try countries ?? String.fetchAll(db, sql: "SELECT alpha3 FROM countries ORDER BY alpha3")
            guard !list.isEmpty else { return [] }
            let cutoff: StatementArguments = vintage.map { [$0.description] } ?? []
            var observations = try Row.fetchAll(
                db, sql: vintage == nil ? Store.windowSQL(countries: list.count, codes: codes.count)
                    : Store.windowByVintageSQL(countries: list.count, codes: codes.count),
                arguments: StatementArguments(list + codes) + [years.lowerBound, years.upperBound] + cutoff
            ).map(Store.observation)
            guard earlier else { return observations }
            let latestBefore = try db.makeStatement(sql: vintage == nil ? Store.latestBeforeSQL : Store.latestBeforeByVintageSQL)
            // The countries of an edition that lists none: those with a value in the window.
            var withData: [String] = []
            for observation in observations where withData.last != observation.country { withData.append(observation.country) }
            for country in countries ?? withData {
                for code in codes {
                    observations += try Row.fetchAll(
                        latestBefore, arguments: [country, code, years.lowerBound] + cutoff).map(Store.observation)
                }
            }
            return observations
        }
    }

    /// The earliest vintage of a value stored for one of `indicators` (missing values aside),
    /// `nil` when the store holds none: what an `--as-of` date before it would find nothing of.
    public func earliestVintage(indicators: Set<String>) throws -> CalendarDate? {
        guard !indicators.isEmpty else { return nil }
        return try queue.read { db in
            try String.fetchOne(db, sql: """
                SELECT min(i.vintage) FROM ingests i
                WHERE EXISTS (SELECT 1 FROM observations o WHERE o.ingest = i.id AND o.value IS NOT NULL
                                AND o.indicator IN (\(Store.placeholders(indicators.count))))
                """, arguments: StatementArguments(indicators.sorted())).flatMap { CalendarDate($0) }
        }
    }

    /// The values of the latest year inside the window per (country, indicator), every source
    /// of it: parameters `countries` countries, `codes` codes, the window's first and last year.
    /// CROSS JOIN keeps `observations` the outer loop: SQLite seeks the key index once per
    /// (country, indicator) pair and reads only the window's years.
    static func windowSQL(countries: Int, codes: Int) -> String {
        """
        SELECT country, indicator, year, value, source, note, line, "column", file FROM (
            SELECT o.country, o.indicator, o.year, o.value, o.source, o.note, o.line, o."column", i.file,
                   max(o.year) OVER (PARTITION BY o.country, o.indicator) AS latest
            FROM observations o CROSS JOIN ingests i ON i.id = o.ingest
            WHERE o.country IN (\(placeholders(countries))) AND o.indicator IN (\(placeholders(codes)))
              AND o.year BETWEEN ? AND ? AND o.current = 1 AND o.value IS NOT NULL)
        WHERE year = latest
        ORDER BY country, indicator, year, source
        """
    }

    /// ``windowSQL(countries:codes:)`` by vintage: per (country, indicator, year, source) the
    /// value ingested last among those of a vintage on or before the cutoff (current or
    /// superseded; an explicitly missing one hides the earlier values as a current one does),
    /// then the latest year with a value. Parameters as ``windowSQL(countries:codes:)``, then
    /// the cutoff (`YYYY-MM-DD`).
    static func windowByVintageSQL(countries: Int, codes: Int) -> String {
        """
        SELECT country, indicator, year, value, source, note, line, "column", file FROM (
            SELECT *, max(year) OVER (PARTITION BY country, indicator) AS latest FROM (
                SELECT o.country, o.indicator, o.year, o.value, o.source, o.note, o.line, o."column", i.file,
                       row_number() OVER (PARTITION BY o.country, o.indicator, o.year, o.source ORDER BY o.ingest DESC) AS pick
                FROM observations o CROSS JOIN ingests i ON i.id = o.ingest
                WHERE o.country IN (\(placeholders(countries))) AND o.indicator IN (\(placeholders(codes)))
                  AND o.year BETWEEN ? AND ? AND i.vintage <= ?)
            WHERE pick = 1 AND value IS NOT NULL)
        WHERE year = latest
        ORDER BY country, indicator, year, source
        """
    }

    /// ``latestBeforeSQL`` by vintage, as ``windowByVintageSQL(countries:codes:)`` picks.
    /// Parameters: country, indicator, the window's first year, the cutoff.
    static let latestBeforeByVintageSQL = """
        WITH picked AS (
            SELECT * FROM (
                SELECT o.country, o.indicator, o.year, o.value, o.source, o.note, o.line, o."column", i.file,
                       row_number() OVER (PARTITION BY o.year, o.source ORDER BY o.ingest DESC) AS pick
                FROM observations o CROSS JOIN ingests i ON i.id = o.ingest
                WHERE o.country = ?1 AND o.indicator = ?2 AND o.year < ?3 AND i.vintage <= ?4)
            WHERE pick = 1 AND value IS NOT NULL)
        SELECT country, indicator, year, value, source, note, line, "column", file FROM picked
        WHERE year = (SELECT max(year) FROM picked)
        ORDER BY source
        """

    /// The values of the latest year before the window of one (country, indicator): the year
    /// found by walking the key index backwards from the window's first year, then its values
    /// by source. Parameters: country, indicator, the window's first year.
    static let latestBeforeSQL = """
        SELECT o.country, o.indicator, o.year, o.value, o.source, o.note, o.line, o."column", i.file
        FROM observations o CROSS JOIN ingests i ON i.id = o.ingest
        WHERE o.country = ?1 AND o.indicator = ?2 AND o.current = 1 AND o.value IS NOT NULL
          AND o.year = (SELECT e.year FROM observations e
                        WHERE e.country = ?1 AND e.indicator = ?2 AND e.year < ?3
                          AND e.current = 1 AND e.value IS NOT NULL
                        ORDER BY e.year DESC LIMIT 1)
        ORDER BY o.source
        """

    /// `?, ?, …`: `count` parameters.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// An observation from a row of country, indicator, year, value, source, note, line,
    /// column and file.
    static func observation(_ row: Row) -> Observation {
        Observation(
            country: row[0], indicator: row[1], year: row[2], value: row[3], source: row[4], note: row[5],
            provenance: Provenance(file: row[8], line: row[6], column: row[7]))
    }
}
