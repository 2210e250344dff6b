// A file that goes with a registry: the one beside it, or the copy built into the toolkit.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgileCore

/// A file that goes with a registry — its schema, the country list, the benchmark and model
/// registries: the file of that name in the registry's folder when there is one, else the
/// toolkit's built-in copy (never a path relative to the working folder).
///
/// ```swift
/// let countries = RegistryCompanion(.countryList, of: "study/civic-2025.xml")
/// countries.path        // "study/iso3166-1.csv" when that file exists, else nil
/// countries.displayName // the path, or "iso3166-1.csv (built into agile)"
/// ```
public struct RegistryCompanion: Sendable, CustomStringConvertible {
    /// Which file this is.
    public let file: BuiltInFile
    /// The file beside the registry (the registry's folder as given, then the name); `nil` when
    /// none is there and the built-in copy is used.
    public let path: String?

    /// The companion `file` of the registry at `registryPath`.
    public init(_ file: BuiltInFile, of registryPath: String) {
        self.file = file
        let beside = RegistryCompanion.beside(file.name, of: registryPath)
        path = access(beside, F_OK) == 0 ? beside : nil
    }

    /// The built-in copy of `file`, whatever sits beside any registry.
    public static func builtIn(_ file: BuiltInFile) -> RegistryCompanion {
        RegistryCompanion(file: file, path: nil)
    }

    private init(file: BuiltInFile, path: String?) {
        self.file = file
        self.path = path
    }

    /// The path of a file called `name` in the folder of the registry at `registryPath`.
    public static func beside(_ name: String, of registryPath: String) -> String {
        let folder = registryPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if registryPath.hasPrefix("/") && folder.isEmpty { return "/\(name)" }
        return folder.isEmpty ? name : "\(folder)/\(name)"
    }

    /// What errors call the file: its path, or its name marked as built in.
    public var displayName: String { path ?? file.displayName }

    public var description: String { displayName }

    /// The file's bytes: read from its path, or the built-in copy.
    /// - Throws: ``InputError`` when the file beside the registry cannot be read.
    public func bytes() throws(InputError) -> [UInt8] {
        guard let path else { return file.bytes }
        let input = try InputFile(path: path)
        var bytes: [UInt8] = []
        while let chunk = try input.nextChunk() { bytes += chunk }
        return bytes
    }
}
