// The model an audit command varies: the registry's stored data, or a COINr iData/iMeta pair.

import AgileUseCases
import ArgumentParser

/// `--coinr`, the method options and the common options of the audit commands.
struct AuditSource: ParsableArguments {
    @OptionGroup var coinr: COINrOption
    @OptionGroup var vintages: VintageOption
    @OptionGroup var method: MethodOptions
    @OptionGroup var options: CommonOptions

    /// The data the audit varies, with the method options applied.
    func data() throws -> AuditData {
        try coinr.source(options, vintages: vintages.request).auditData(method: method.choices)
    }
}
