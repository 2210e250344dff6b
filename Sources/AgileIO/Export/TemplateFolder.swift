// Where a report's templates come from: the folder given, Templates/ in the working folder, or none.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The template folder of `agile report`: the one given (`--templates DIR`), else `Templates/`
/// in the working folder when there is one (a checkout, whose templates can be edited and run
/// again without a rebuild), else none: the templates built into the toolkit are used, so a
/// report works from any folder.
public enum TemplateFolder {
    /// The folder looked for in the working folder.
    public static let defaultPath = "Templates"

    /// The folder to read the templates from, or `nil` for the built-in templates.
    public static func resolve(_ given: String?) -> String? {
        if let given { return given }
        var info = stat()
        guard stat(defaultPath, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return defaultPath
    }
}
