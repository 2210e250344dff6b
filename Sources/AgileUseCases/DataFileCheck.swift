// Data files checked as an ingest would check them, in a throw-away store: the user's store is untouched.

import AgileCore
import AgileIO

/// Reads data files exactly as `agile ingest` would (format recognised from the content, every
/// value checked against the framework), into a scratch store in the temporary folder that is
/// removed afterwards; so every error an ingest would give is given, with an ingest's memory.
///
/// ```swift
/// try DataFileCheck(workspace: workspace).check(["Data/agile-2024-long.csv"]) { file, result in … }
/// ```
public struct DataFileCheck {
    /// The registry the files are checked against.
    public let workspace: Workspace

    /// Checks files against `workspace`'s registry and country list.
    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Checks each of `paths` (`-`: standard input) in turn and tells `report` the file (as
    /// messages name it) and what reading it gave.
    /// - Returns: the number of files that failed.
    /// - Throws: when the scratch store cannot be made.
    @discardableResult
    public func check(_ paths: [String], report: (_ file: String, Result<IngestResult, any Error>) -> Void) throws -> Int {
        let scratch = try ScratchStore(countries: workspace.countries)
        defer { scratch.remove() }
        var failures = 0
        for path in paths {
            do {
                report(path, .success(try workspace.ingest(path: path, into: scratch.store)))
            } catch {
                failures += 1
                report(InputFile.name(of: path), .failure(error))
            }
        }
        return failures
    }
}
