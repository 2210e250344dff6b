// The recorded self-assessments as the table `agile assessments` prints (text, CSV or JSON).

import AgileCore
import AgileReport

extension AssessmentListing {
    /// One row per assessment, oldest first: id, when recorded, the run it was placed against,
    /// the edition, the countries, the files read (each with the first 12 digits of its
    /// SHA-256), whether values were extrapolated, and the version of agile.
    public var table: ResultTable {
        ResultTable(
            columns: [
                .integer("assessment", title: "Assessment"), .text("recorded", title: "Recorded"), .integer("run", title: "Run"),
                .integer("edition", title: "Edition"), .text("countries", title: "Countries"), .text("files", title: "Files"),
                .text("extrapolate", title: "Extrapolated"), .text("version", title: "agile"),
            ],
            rows: rows.map { row in
                [
                    .number(Double(row.id)), .text(row.recordedAt), .number(Double(row.run)), .number(Double(row.edition)),
                    .text(row.countries.joined(separator: " ")),
                    .text(row.files.map { "\(Printable.name($0.name)) (\($0.sha256.prefix(12)))" }.joined(separator: ", ")),
                    .text(row.extrapolate ? "yes" : "no"), .text(row.version),
                ]
            })
    }
}
