// The weights explorer as a file of the site.

extension ReportSite {
    /// The weights explorer (`explore.html`) of the site's run, or `nil` for a self-assessed
    /// country's input or a framework the engine cannot resolve. HTML sites carry it.
    public func explorerPage() -> File? {
        guard input.assessment == nil, let explorer = ExplorerPage(input: input) else { return nil }
        return File(path: ExplorerPage.path, content: explorer.render(with: templates))
    }
}
