// A throw-away store on disk, for checking files exactly as an ingest would without touching
// the user's store: its memory is that of an ingest, flat in the files' size (an in-memory
// store holds every value it is given).

import AgileCore
import Foundation

/// A store in a folder of its own under the temporary folder (`$TMPDIR`), removed by
/// ``remove()``.
///
/// ```swift
/// let scratch = try ScratchStore(countries: workspace.countries)
/// defer { scratch.remove() }
/// _ = try workspace.ingest(path: "Data/agile-2024-long.csv", into: scratch.store)
/// ```
public final class ScratchStore {
    /// The store, empty when made.
    public let store: Store
    /// The folder holding the store's files.
    public let folder: URL

    /// Makes the folder and a new store in it.
    public init(countries: CountryCatalog) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("agile-scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        do {
            store = try Store(path: folder.appendingPathComponent("scratch.sqlite").path, countries: countries)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    /// Closes the store and removes its folder.
    public func remove() {
        try? store.close()
        try? FileManager.default.removeItem(at: folder)
    }
}
