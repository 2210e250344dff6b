// Where the benchmarks find the package and the numpy peer, without absolute paths in the source.

import AgileTestSupport
import Foundation

/// The folders a benchmark reads from.
public enum BenchmarkPaths {
    /// The package root.
    public static var packageRoot: String { PackageRoot.path }

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
