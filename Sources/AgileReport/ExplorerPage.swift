// The weights explorer (`explore.html`): the one page of the site with a script. Readers set
// their own pillar and dimension weights and watch the ranking move.

import AgileCore

/// The weights explorer of a run's site: a slider and a number box per aggregate under the
/// root (AGILE: pillars and dimensions), presets (the run's weights, the registry's weight sets,
/// equal), and the ranking recomputed as a weight moves.
///
/// The page is self-contained (inline CSS, inline script, no network, no library). Without
/// scripts it shows the published ranking and says the explorer needs them: the table is
/// written here with the run's scores, and the script takes its rows over. The numbers come
/// from the engine (``ExplorerData``); the script only re-weights and aggregates them
/// (``ExplorerScript``).
struct ExplorerPage {
    /// The file name of the page in the site.
    static let path = "explore.html"

    let input: ReportInput
    let data: ExplorerData

    /// The page of `input`'s site, or `nil` when the run's framework gives no explorer data.
    init?(input: ReportInput) {
        guard let data = ExplorerData(input: input) else { return nil }
        self.input = input
        self.data = data
    }

    var indexName: String { input.root?.name ?? "Index" }

    /// The whole page, in the site's shell.
    func render(with templates: ReportTemplates) -> String {
        let edition = input.framework.edition
        var context = HTMLPage.ShellValues(input: input).context
        context["title"] = "\(indexName) \(edition): weights explorer"
        context["style"] = templates.style + ExplorerScript.style
        context["heading"] = "<h1>\(Escaping.html(indexName)) \(edition): weights explorer</h1>"
        context["body"] = body
        context["toc"] = [[String: String]]()
        context["hasToc"] = false
        return templates.page.render(context)
    }

    /// Everything under the heading: the introduction, the no-script notice, the weights, the
    /// ranking (published until the script runs), the data and the script.
    var body: String {
        var html = ""
        if input.illustrative {
            let official = input.framework.publication.official.map { ", not the official \(Escaping.html($0)) data" } ?? ""
            html += "<blockquote><p><strong>Illustrative data.</strong> The values behind these pages are invented samples\(official). Do not cite these numbers.</p></blockquote>\n"
        }
        html += "<p>Set your own weights for the \(levelWords) and watch the ranking move. A weight counts relative to the "
            + "others under the same parent, as in the registry; the indicators keep the weights of the chosen preset. "
            + "The scores are recomputed in this page from the run's normalised indicator scores (after its imputation and "
            + "outlier treatment), with the run's \(aggregationWords); a country missing a part has the weights re-scaled over "
            + "the parts it has, and tied scores share the lowest rank, as in <code>agile score</code>. "
            + "See the <a href=\"index.html\">published ranking</a> and the <a href=\"methodology.html\">methodology</a>.</p>\n"
        html += "<noscript><p class=\"notice\"><strong>The weights explorer needs scripts.</strong> "
            + "Without them this page shows the published ranking only.</p></noscript>\n"
        html += controls
        html += ranking
        html += "<script type=\"application/json\" id=\"explorer-data\">\n\(data.json)\n</script>\n"
        html += "<script>\n\(ExplorerScript.source)</script>\n"
        return html
    }

    /// "pillars and dimensions": the names of the levels the page weighs, plural, lower case.
    private var levelWords: String {
        let levels = LevelWords(input.framework)
        let words = stride(from: input.framework.depth - 1, through: 2, by: -1).map { Escaping.html(levels.plural($0)) }
        if words.count <= 1 { return words.first ?? "parts" }
        return words.dropLast().joined(separator: ", ") + " and " + words.last!
    }

    /// "arithmetic mean" (or the means of the levels, when they differ).
    private var aggregationWords: String {
        let method = input.framework.method
        let means = Set((2...max(2, input.framework.depth)).map { method.aggregation(atLevel: $0).description })
        return means.sorted().joined(separator: " and ") + (means.count > 1 ? " means" : " mean")
    }

    /// The weights: presets, then a group per top-level aggregate with its own weight and those
    /// of the aggregates under it; hidden until the script runs.
    private var controls: String {
        var html = "<section id=\"weights\" class=\"explorer-weights\" hidden>\n<h2 id=\"your-weights\">Your weights</h2>\n"
        html += "<p class=\"presets\"><label for=\"preset\">Start from</label> <select id=\"preset\">"
        for (position, preset) in data.presets.enumerated() {
            html += "<option value=\"\(position)\">\(Escaping.html(preset.name))</option>"
        }
        html += "</select> <span id=\"changed\"></span></p>\n"
        let names = Dictionary(input.framework.aggregates.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let parents = Dictionary(input.framework.aggregates.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        let depth = data.levels.max() ?? 2
        let top = data.nodes.indices.filter { data.levels[$0] == depth - 1 }
        for node in top {
            let id = data.nodes[node]
            html += "<fieldset><legend>\(Escaping.html(id)) \(Escaping.html(names[id] ?? id))</legend>\n"
            html += slider(node, label: "weight of \(names[id] ?? id)")
            let below = data.nodes.indices.filter { data.levels[$0] > 1 && data.levels[$0] < depth - 1 && descends(data.nodes[$0], from: id, parents: parents) }
            for child in below.sorted(by: { (data.levels[$1], $0) < (data.levels[$0], $1) }) {
                let childID = data.nodes[child]
                html += slider(child, label: "\(childID) \(names[childID] ?? childID)")
            }
            html += "</fieldset>\n"
        }
        html += "<p class=\"downloads\">Download these weights, for <code>agile score --weights FILE</code>: "
            + "<a id=\"download-json\" download=\"\(input.framework.id)-weights.json\">JSON</a> · "
            + "<a id=\"download-csv\" download=\"\(input.framework.id)-weights.csv\">CSV</a>. "
            + "The address of this page carries the weights too: copy it to share the view.</p>\n"
        html += "<p class=\"pin\"><label for=\"pin\">Follow a country</label> <select id=\"pin\"><option value=\"\">none</option>"
        for row in input.scores.units.indices.sorted(by: { input.name(input.scores.units[$0]) < input.name(input.scores.units[$1]) }) {
            let code = input.scores.units[row]
            html += "<option value=\"\(Escaping.html(code))\">\(Escaping.html(input.name(code)))</option>"
        }
        html += "</select></p>\n<p id=\"pinned\" aria-live=\"polite\"></p>\n</section>\n"
        return html
    }

    /// Whether aggregate `id` lies under `ancestor`.
    private func descends(_ id: String, from ancestor: String, parents: [String: String?]) -> Bool {
        var current = parents[id] ?? nil
        var steps = 0
        while let parent = current, steps < 64 {
            if parent == ancestor { return true }
            current = parents[parent] ?? nil
            steps += 1
        }
        return false
    }

    /// A slider and a number box for node `node` (ids by position: registry codes never reach an id).
    private func slider(_ node: Int, label: String) -> String {
        let text = Escaping.html(label)
        return "<div class=\"weight level-\(data.levels[node])\"><label for=\"w\(node)\">\(text)</label>"
            + "<input type=\"range\" id=\"r\(node)\" min=\"0\" max=\"5\" step=\"any\" aria-label=\"\(text) (slider)\">"
            + "<input type=\"number\" id=\"w\(node)\" min=\"0\" step=\"any\" inputmode=\"decimal\"></div>\n"
    }

    /// The ranking as published: rank, country, score with its bar, change, tier. The script
    /// updates these rows in place.
    private var ranking: String {
        let scores = input.scores
        let index = input.indexColumn
        let published = input.unitsByRank.map { scores.aggregated[$0, index] }.filter(\.isFinite)
        let low = min(0, published.min() ?? 0), high = max(published.max() ?? 1, low + 1)
        var html = "<h2 id=\"ranking\">Ranking</h2>\n<p id=\"summary\">The published ranking.</p>\n"
        html += "<div class=\"table-scroll\" role=\"region\" aria-label=\"Ranking\" tabindex=\"0\"><table class=\"explorer\">\n"
        html += "<thead><tr><th style=\"text-align:right\">Rank</th><th>Country</th><th style=\"text-align:right\">\(Escaping.html(indexName))</th>"
            + "<th aria-hidden=\"true\"></th><th style=\"text-align:right\">Change</th><th>Tier</th></tr></thead>\n<tbody id=\"rows\">\n"
        for row in input.unitsByRank {
            let code = scores.units[row]
            let score = scores.aggregated[row, index]
            let share = score.isFinite ? (score - low) / (high - low) : 0
            html += "<tr data-unit=\"\(row)\"><td style=\"text-align:right\">\(ReportFormat.rank(scores.ranks[row, index]))</td>"
                + "<td><a href=\"\(ReportInput.pageName(code)).html\">\(Escaping.html(input.name(code)))</a></td>"
                + "<td style=\"text-align:right\">\(ReportFormat.score(score))</td>"
                + "<td class=\"bar\" aria-hidden=\"true\"><span style=\"transform:scaleX(\(ReportFormat.fixed(share, decimals: 3)))\"></span></td>"
                + "<td style=\"text-align:right\">–</td><td>\(Escaping.html(scores.tiers[row] ?? "–"))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }
}
