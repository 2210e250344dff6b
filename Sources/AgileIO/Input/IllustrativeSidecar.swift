// The sidecar file that marks a data file illustrative when its format has no room for a marker.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `NAME.illustrative` beside a data file (or a VESTA results folder) `NAME` marks its values as
/// illustrative, for formats that cannot say so themselves: World Bank CSV and XML, VESTA
/// `results.json`, `scores.csv` and `scores.json`, COINr iData.
///
/// The sidecar's content is free text (a line saying why is good practice) and is not read:
/// that the file exists is the marker. It works for every format, beside the markers our own
/// formats carry (`# illustrative` in CSV, `illustrative="true"` in XML).
///
/// ```swift
/// IllustrativeSidecar.path(of: "Data/worldbank-GE.EST.xml") // "Data/worldbank-GE.EST.xml.illustrative"
/// ```
public enum IllustrativeSidecar {
    /// What the sidecar's name adds to the data file's name.
    public static let suffix = ".illustrative"

    /// The sidecar of the data file (or folder) at `path`.
    public static func path(of path: String) -> String {
        var name = Substring(path)
        while name.count > 1, name.hasSuffix("/") { name = name.dropLast() }
        return name + suffix
    }

    /// Whether the data file (or folder) at `path` has a sidecar marking it illustrative.
    public static func marks(_ path: String) -> Bool {
        var info = stat()
        return stat(self.path(of: path), &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR
    }
}
