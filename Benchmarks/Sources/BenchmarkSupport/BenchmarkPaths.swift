// Where the benchmarks find the package and the numpy peer, without absolute paths in the source.

import Foundation

/// The folders a benchmark reads from.
public enum BenchmarkPaths {
    /// The package root: the nearest folder above the benchmark's sources that holds `Package.swift`.
    public static let packageRoot: String = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            let parent = folder.deletingLastPathComponent()
            precondition(parent.path != folder.path, "no Package.swift above \(#filePath)")
            folder = parent
        }
        return folder.path
    }()

    /// The numpy peer (`bench.py`, `gen_data.py`, `pipeline.py`, `ua.py`): the folder named by the
    /// environment variable `AGILE_NUMPY_PEER`, else `../shared/peers/numpy` beside the checkout.
    ///
    /// ```sh
    /// AGILE_NUMPY_PEER=~/peers/numpy .build/release/agile-score-bench
    /// ```
    public static let numpyPeer: String = {
        if let folder = ProcessInfo.processInfo.environment["AGILE_NUMPY_PEER"], !folder.isEmpty {
            return folder
        }
        return URL(fileURLWithPath: packageRoot).deletingLastPathComponent()
            .appendingPathComponent("shared/peers/numpy").standardizedFileURL.path
    }()
}
