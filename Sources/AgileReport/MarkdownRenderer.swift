// CommonMark to HTML through libcmark, in safe mode: raw HTML in the Markdown never passes.

import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders CommonMark to an HTML fragment with libcmark.
///
/// cmark 0.30 is safe by default: raw HTML blocks and inline HTML become
/// `<!-- raw HTML omitted -->`, and `javascript:`/`vbscript:`/`file:` links are emptied. This
/// renderer never passes `CMARK_OPT_UNSAFE`, and asks cmark to replace invalid UTF-8.
///
/// ```swift
/// MarkdownRenderer().html("**AGILE** <script>x</script>")
/// // "<p><strong>AGILE</strong> <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n"
/// ```
public struct MarkdownRenderer: Sendable {
    /// Whether to turn straight quotes and dashes into typographic ones.
    public var smartPunctuation: Bool

    public init(smartPunctuation: Bool = false) {
        self.smartPunctuation = smartPunctuation
    }

    /// The version of the linked libcmark, e.g. `0.30.2`.
    public static var cmarkVersion: String { String(cString: cmark_version_string()) }

    /// The HTML of a Markdown document.
    public func html(_ markdown: String) -> String {
        var options = CMARK_OPT_VALIDATE_UTF8
        if smartPunctuation { options |= CMARK_OPT_SMART }
        var source = markdown
        return source.withUTF8 { bytes -> String in
            let rendered = bytes.withMemoryRebound(to: CChar.self) { text in
                cmark_markdown_to_html(text.baseAddress, text.count, options)
            }
            guard let rendered else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }
}
