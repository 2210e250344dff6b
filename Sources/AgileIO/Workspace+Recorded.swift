// A workspace whose framework is the registry content a store kept with a run, not the file
// at the registry's path: what replaying a run scores with after the file has been edited.

import AgileCore

extension Workspace {
    /// A workspace whose framework is read from `content`: a registry (XML) or a COINr iMeta
    /// table, told apart by their first character (`<` for XML). The country list and the
    /// companions of the registry (schema, benchmark and model registries) are those of a
    /// registry at `path`, as for a registry loaded from there.
    ///
    /// - Parameters:
    ///   - name: what stands for the content's path in errors
    ///     (`Indicators/agile-2024.xml (as stored with run 3)`).
    ///   - path: the registry path the companions are found beside.
    /// - Throws: ``InputError`` or ``RegistryError`` when the content does not load.
    public init(registry content: [UInt8], name: String, at path: String, countries: CountryCatalog) throws {
        self.countries = countries
        frameworkPath = path
        if Workspace.isXML(content) {
            framework = try RegistryLoader(countries: countries).load(bytes: content, name: name, schemaFor: path)
            coinrMeta = nil
        } else {
            let meta = try COINrMetaReader().read(bytes: content, name: name)
            framework = meta.framework
            coinrMeta = meta
        }
    }

    /// Whether `content` starts, after a UTF-8 byte-order mark and white space, with `<`.
    static func isXML(_ content: [UInt8]) -> Bool {
        var bytes = content[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "<")
    }
}
