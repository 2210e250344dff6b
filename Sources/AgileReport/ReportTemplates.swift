// The report templates, read from Templates/ at run time (edit them and regenerate), or the
// copy built into the toolkit (BuiltInTemplates.swift).

import Mustache

/// A template that failed to parse: which template, which line and column.
public struct TemplateError: Error, CustomStringConvertible {
    public var template: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(template):\(line):\(column): \(message)" }
}

/// The Markdown templates, the HTML page shell and the stylesheet of the report site.
///
/// Templates are Mustache (hummingbird-project/swift-mustache). In the Markdown templates
/// `{{value}}` is escaped for Markdown (``Escaping/markdown(_:)``); in the page shell for HTML.
/// `{{{value}}}` inserts text unescaped: only for what the toolkit generates itself (charts).
public struct ReportTemplates: Sendable {
    /// The files a template folder must hold.
    public static let files = ["country.md.mustache", "index.md.mustache", "methodology.md.mustache", "evidence.md.mustache", "audit.md.mustache", "page.html.mustache", "style.css"]

    /// Each Markdown template twice: escaped for the `.md` file, and for the HTML pipeline.
    let country: [ReportSite.Format: MustacheTemplate]
    let index: [ReportSite.Format: MustacheTemplate]
    let methodology: [ReportSite.Format: MustacheTemplate]
    let evidence: [ReportSite.Format: MustacheTemplate]
    let audit: [ReportSite.Format: MustacheTemplate]
    let page: MustacheTemplate
    /// The stylesheet, inlined into every page.
    public let style: String

    /// Parses the templates.
    /// - Parameter sources: file name → content for each of ``files``.
    /// - Throws: ``TemplateError`` naming the template and line of a syntax error.
    public init(sources: [String: String]) throws {
        MarkdownContentType.registerOnce
        func parse(_ name: String, pragma: String = "") throws -> MustacheTemplate {
            guard let text = sources[name] else {
                throw TemplateError(template: name, line: 0, column: 0, message: "is missing from the template folder")
            }
            do {
                // The pragma shares the first line, so line numbers stay the file's own.
                return try MustacheTemplate(string: pragma + text)
            } catch let error as MustacheTemplate.ParserError {
                let column = error.context.lineNumber == 1 ? max(1, error.context.columnNumber - pragma.count) : error.context.columnNumber
                throw TemplateError(template: name, line: error.context.lineNumber, column: column, message: "\(error.error)")
            }
        }
        func markdown(_ name: String) throws -> [ReportSite.Format: MustacheTemplate] {
            [.markdown: try parse(name, pragma: "{{% CONTENT_TYPE: MARKDOWN}}"),
             .html: try parse(name, pragma: "{{% CONTENT_TYPE: MARKDOWN_HTML}}")]
        }
        country = try markdown("country.md.mustache")
        index = try markdown("index.md.mustache")
        methodology = try markdown("methodology.md.mustache")
        evidence = try markdown("evidence.md.mustache")
        audit = try markdown("audit.md.mustache")
        page = try parse("page.html.mustache")
        guard let style = sources["style.css"] else {
            throw TemplateError(template: "style.css", line: 0, column: 0, message: "is missing from the template folder")
        }
        self.style = style
    }
}

/// Mustache's content type for Markdown templates: values escaped with ``Escaping/markdown(_:)``
/// (or, for the HTML pipeline, with the data-pipe marker the table conversion needs).
struct MarkdownContentType: MustacheContentType {
    let forHTML: Bool

    func escapeText(_ text: String) -> String {
        forHTML ? Escaping.markdownForHTML(text) : Escaping.markdown(text)
    }

    static let registerOnce: Void = {
        MustacheContentTypes.register(MarkdownContentType(forHTML: false), named: "MARKDOWN")
        MustacheContentTypes.register(MarkdownContentType(forHTML: true), named: "MARKDOWN_HTML")
    }()
}
