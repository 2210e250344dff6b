// The names of the countries an audit prints, from the country list its data is checked against.

import AgileCore
import AgileIO

extension AuditSource {
    /// The names of `codes` in the country list: `--countries`, else the list beside the
    /// registry (the default registry for COINr tables), else the built-in one.
    func countryNames(_ codes: [String]) throws -> CountryNames {
        let registry = coinr.isEmpty ? options.framework : Workspace.defaultFramework
        return CountryNames(catalog: try CountryList.load(path: options.countries, registry: registry), codes: codes)
    }
}
