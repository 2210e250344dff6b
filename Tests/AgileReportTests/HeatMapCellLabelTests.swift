// Heat-map cell labels are marked for the browser check, which pairs each with its cell's fill.

import AgileReport
import Testing

@Suite struct HeatMapCellLabelTests {
    @Test func everyCellLabelIsMarkedAndSharesAGroupWithItsCell() throws {
        let map = HeatMap(
            title: "t", rows: ["GPT-4o", "Claude"], columns: ["Goal", "Autonomy", "Deception"],
            values: [[0.41, 0.52, .nan], [0.05, 0.97, 0.5]], scale: .rate(higherIsBetter: false), idPrefix: "h")
        let root = try #require(ParsedSVG(map.svg()).root)
        let marked = root.elements("text").filter { $0.attributes["data-cell-label"] != nil }
        #expect(marked.map(\.allText) == ["41 %", "52 %", "–", "5 %", "97 %", "50 %"])
        // Each marked label is in a <g> whose one <rect> is its cell: the check's pairing.
        let cells = root.elements("g").filter { group in group.children.contains { $0.attributes["data-cell-label"] != nil } }
        #expect(cells.count == 6)
        #expect(cells.allSatisfy { group in group.children.filter { $0.name == "rect" }.count == 1 })
        // Nothing else is marked: not the title, the 3 column labels, the 2 row labels or the 3 legend texts.
        #expect(root.elements("text").count == marked.count + 1 + 3 + 2 + 3)
    }
}
