// Where the package's own files are, for tests and fixtures, found from this source file.

import Foundation

/// The package root (the folder holding `Package.swift`) and the files under it. Found from
/// this source file, so tests run from any working folder and need no bundle resources.
///
/// ```swift
/// let registry = PackageRoot.path("Indicators/agile-2024.xml")
/// let fixture = PackageRoot.fixture("csv/long-basic.csv")
/// ```
public enum PackageRoot {
    /// The package root, as a file URL.
    public static let url: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            let parent = folder.deletingLastPathComponent()
            precondition(parent.path != folder.path, "no Package.swift above \(#filePath)")
            folder = parent
        }
        return folder
    }()

    /// The package root, as a path.
    public static var path: String { url.path }

    /// The path of `relative` under the package root.
    public static func path(_ relative: String) -> String {
        url.appendingPathComponent(relative).path
    }

    /// The path of `relative` under `Tests/Fixtures/`.
    public static func fixture(_ relative: String) -> String {
        path("Tests/Fixtures/" + relative)
    }
}
