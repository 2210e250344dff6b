// A bucket grid over the scatter chart, so that placing a label looks only at the markers, texts
// and points near it: a chart of 195 countries then places its labels in linear, not quadratic,
// time (the site draws one such chart per country page).

extension ScatterChart {
    /// Items (boxes or points) filed by the square cells of side `cell` they touch. A query returns
    /// the indices of the items in the cells a box touches, ascending and without repeats, so a
    /// caller that sums over them adds in the same order as a scan of every item would.
    struct Grid {
        private let cell: Double
        /// The cells of the window most charts draw in (`window` × `window` cells from cell
        /// (`origin`, `origin`)), each a bucket of its own; cells outside it in `far`.
        private var near: [[Int]]
        private var far: [Int: [Int]] = [:]
        private static let origin = -4, window = 32

        init(cell: Double = 32) {
            self.cell = cell
            near = Array(repeating: [], count: Grid.window * Grid.window)
        }

        private func cells(_ box: Box) -> (x: ClosedRange<Int>, y: ClosedRange<Int>) {
            let clamp = { (v: Double) in Int(max(-1_000, min(1_000, (v / cell).rounded(.down)))) }
            return (clamp(box.minX)...clamp(box.maxX), clamp(box.minY)...clamp(box.maxY))
        }

        /// The slot of cell (x, y) in `near`, or `nil` outside the window.
        private static func slot(_ x: Int, _ y: Int) -> Int? {
            let (i, j) = (x - origin, y - origin)
            return i >= 0 && i < window && j >= 0 && j < window ? i * window + j : nil
        }

        private static func key(_ x: Int, _ y: Int) -> Int { (x + 2_048) << 12 | (y + 2_048) }

        private func bucket(_ x: Int, _ y: Int) -> [Int]? {
            if let slot = Grid.slot(x, y) { return near[slot] }
            return far[Grid.key(x, y)]
        }

        /// Files item `index` under every cell `box` touches.
        mutating func insert(_ index: Int, covering box: Box) {
            let range = cells(box)
            for x in range.x {
                for y in range.y {
                    if let slot = Grid.slot(x, y) { near[slot].append(index) } else { far[Grid.key(x, y), default: []].append(index) }
                }
            }
        }

        /// Whether an item filed in the cells `box` touches satisfies `test` (an item may be
        /// tested more than once).
        func contains(near box: Box, where test: (Int) -> Bool) -> Bool {
            let range = cells(box)
            for x in range.x {
                for y in range.y {
                    if let bucket = bucket(x, y), bucket.contains(where: test) { return true }
                }
            }
            return false
        }

        /// The sum of `term` over the items filed in the cells `box` touches, each item once, added
        /// in ascending order of index: what a scan of every item in order gives when the other
        /// items' terms are 0 (`term` is never negative). `scratch` is reused between calls.
        func sum(near box: Box, scratch: inout [(index: Int, term: Double)], term: (Int) -> Double) -> Double {
            scratch.removeAll(keepingCapacity: true)
            let range = cells(box)
            for x in range.x {
                for y in range.y {
                    for index in bucket(x, y) ?? [] where !scratch.contains(where: { $0.index == index }) {
                        let value = term(index)
                        if value != 0 { scratch.append((index, value)) }
                    }
                }
            }
            if scratch.count > 1 { scratch.sort { $0.index < $1.index } }
            return scratch.reduce(0) { $0 + $1.term }
        }
    }
}
