// One HTML page: the Markdown rendered by cmark, headings given ids, a table of contents,
// the charts put in place, all inside the page shell.

import Mustache

/// Builds a self-contained HTML page from the Markdown of a report.
struct HTMLPage {
    /// The Markdown (rendered for HTML: links to `.html`, charts as `[[chart:NAME]]` markers).
    var markdown: String
    /// Chart name → SVG, put where the Markdown has `[[chart:NAME]]` on a line of its own.
    var charts: [String: String]
    var title: String
    var shell: ShellValues
    /// Whether the Markdown links the site's `.md` pages (a page rendered once for both formats):
    /// the HTML then points those links at the `.html` twins (``linkingHTMLTwins(_:)``).
    var linksToMarkdown = false

    /// The values of the page shell other than the body.
    struct ShellValues {
        var indexName: String
        var edition: Int
        var indexLink: String
        var methodologyLink: String
        /// The evidence page, when the site has one.
        var evidenceLink: String?
        /// The audit page, when the site has one.
        var auditLink: String?
        /// Whom the footer credits, when the registry names anyone.
        var credit: String?
        var run: String?
        /// The agile that scored the run, beside the snapshot (`agile 0.13.0`).
        var tool: String
        var date: String?
        /// The vintages of the values scored (`values as of 2024-12-31`), when they have any.
        var vintages: String?
        var illustrative: Bool
        /// The landing page of a site of several editions, when the edition is one of them.
        var editionsLink: String? = nil
    }

    func render(with templates: ReportTemplates, renderer: MarkdownRenderer = MarkdownRenderer()) -> String {
        let html = renderer.html(markdown)
        var body = HTMLPage.scrollingTables(PipeTables.convert(linksToMarkdown ? HTMLPage.linkingHTMLTwins(html) : html))
        var toc: [[String: String]] = []
        body = HTMLPage.identifyHeadings(body, toc: &toc)
        body = HTMLPage.placingCharts(charts, in: body)
        // The title (the first heading) goes above the table of contents, the rest below.
        var heading = "", rest = body
        if let end = Substring(body).firstRange(ofBytes: "</h1>") {
            heading = String(body[..<end.upperBound])
            rest = String(body[end.upperBound...])
        }
        var context = shell.context
        context["title"] = title
        context["style"] = templates.style
        context["heading"] = heading
        context["body"] = rest
        context["toc"] = toc
        context["hasToc"] = toc.count > 2
        return templates.page.render(context)
    }

    /// `html` with each chart's placeholder paragraph (`<p>[[chart:NAME]]</p>`) replaced by the
    /// chart in a `<figure>`, in one pass; a placeholder of a chart not in `charts` stays as it is.
    static func placingCharts(_ charts: [String: String], in html: String) -> String {
        let open = "<p>[[chart:", close = "]]</p>"
        var out = ""
        out.reserveCapacity(html.utf8.count + charts.values.reduce(0) { $0 + $1.utf8.count + 32 })
        var rest = Substring(html)
        while let start = rest.firstRange(ofBytes: open) {
            guard let end = rest[start.upperBound...].firstRange(ofBytes: close) else { break }
            let name = String(rest[start.upperBound..<end.lowerBound])
            out += rest[..<start.lowerBound]
            if let svg = charts[name] {
                out += "<figure class=\"chart\">\n" + svg + "\n</figure>"
            } else {
                out += rest[start.lowerBound..<end.upperBound]
            }
            rest = rest[end.upperBound...]
        }
        out += rest
        return out
    }

    /// `html` with every link to a page of the site's Markdown (`<a href="USA.md">`,
    /// `<a href="audit.md#top">`: an address without a scheme whose path ends in `.md`) pointed
    /// at the page's HTML twin (`USA.html`). Only cmark's own links are touched: text from data
    /// reaches the HTML escaped, so it never holds `<a href="`.
    static func linkingHTMLTwins(_ html: String) -> String {
        let open = "<a href=\""
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var rest = Substring(html)
        while let start = rest.firstRange(ofBytes: open) {
            guard let end = rest[start.upperBound...].firstRange(ofBytes: "\"") else { break }
            out += rest[..<start.upperBound]
            let address = rest[start.upperBound..<end.lowerBound]
            let pathEnd = address.utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? address.endIndex
            let path = address[..<pathEnd]
            if !address.utf8.contains(UInt8(ascii: ":")), path.utf8.count > 3, path.hasSuffix(".md") {
                out += path.dropLast(3)
                out += ".html"
                out += address[pathEnd...]
            } else {
                out += address
            }
            rest = rest[end.lowerBound...]
        }
        out += rest
        return out
    }

    /// Every `<table>` inside a `<div class="table-scroll">` that scrolls sideways on its own
    /// (a focusable region), so a wide table never widens the page on a phone.
    static func scrollingTables(_ html: String) -> String {
        html.replacingBytes("<table>", with: "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\"><table>")
            .replacingBytes("</table>", with: "</table></div>")
    }

    /// `text` as a CSS string literal: quoted, with `"`, `\\`, `<`, `>`, `&` and control
    /// characters as CSS escapes (the literal stands inside `<style>`, where nothing is decoded).
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&": out += "\\" + String(scalar.value, radix: 16) + " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += "\\" + String(scalar.value, radix: 16) + " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// Gives every `<h2>` an id made from its text (unique within the page) and lists them.
    static func identifyHeadings(_ html: String, toc: inout [[String: String]]) -> String {
        var out = ""
        var rest = Substring(html)
        var used: Set<String> = []
        while let open = rest.firstRange(ofBytes: "<h2>") {
            out += rest[..<open.lowerBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstRange(ofBytes: "</h2>") else {
                out += "<h2>"
                break
            }
            let inner = String(rest[..<close.lowerBound])
            var id = slug(inner)
            if id.isEmpty { id = "section" }
            var candidate = id
            var counter = 2
            while used.contains(candidate) {
                candidate = "\(id)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            toc.append(["id": candidate, "text": plainText(inner)])
            out += "<h2 id=\"\(candidate)\">\(inner)</h2>"
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }

    /// `Data coverage` → `data-coverage`: lowercase ASCII letters and digits joined by dashes.
    static func slug(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        for scalar in plainText(text).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word.lowercased())
                word = ""
            }
        }
        if !word.isEmpty { words.append(word.lowercased()) }
        return words.joined(separator: "-")
    }

    /// The text of an HTML fragment without its tags, cmark's entities decoded.
    static func plainText(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return out.replacingBytes("&lt;", with: "<").replacingBytes("&gt;", with: ">").replacingBytes("&quot;", with: "\"").replacingBytes("&amp;", with: "&")
    }
}

extension HTMLPage.ShellValues {
    /// The shell of a page of `input`'s own site: its menu, credit, run, date, vintages and
    /// illustrative marking.
    init(input: ReportInput) {
        self.init(
            indexName: input.root?.name ?? "Index", edition: input.framework.edition, indexLink: "index.html",
            methodologyLink: "methodology.html", evidenceLink: input.showsEvidence ? "evidence.html" : nil,
            auditLink: input.audit == nil ? nil : "audit.html", credit: input.framework.publication.credit,
            run: input.snapshot, tool: input.tool, date: input.date, vintages: input.vintages?.label,
            illustrative: input.illustrative, editionsLink: input.landingPage)
    }

    /// The shell's values for the page template (`page.html.mustache`), without the page's own
    /// title, style, heading, body and contents.
    var context: [String: Any] {
        var context: [String: Any] = [
            "indexName": indexName, "edition": String(edition), "indexLink": indexLink,
            "methodologyLink": methodologyLink, "illustrative": illustrative, "tool": tool,
            "printFooter": HTMLPage.cssString(
                "\(indexName) \(edition)" + (illustrative ? " · illustrative data: invented sample values, do not cite" : "")),
        ]
        // Optionals go in only when set: Mustache would print an absent value wrapped in Any as "nil".
        if let run { context["run"] = run }
        if let date { context["date"] = date }
        if let vintages { context["vintages"] = vintages }
        if let auditLink { context["auditLink"] = auditLink }
        if let evidenceLink { context["evidenceLink"] = evidenceLink }
        if let credit { context["credit"] = credit }
        if let editionsLink { context["editionsLink"] = editionsLink }
        return context
    }
}
