// Levels of a framework by name: indicator, dimension, pillar, index, its own level names, or numbers.

import AgileCore

extension Framework {
    /// The level `name` stands for: `indicator` is 1, `dimension` 2, `pillar` the level under
    /// the index, `index` the root; else one of the framework's level names, or a level number.
    /// `nil` for any other name.
    public func level(named name: String) -> Int? {
        switch name.lowercased() {
        case "indicator": 1
        case "dimension": 2
        case "pillar": max(2, depth - 1)
        case "index": depth
        case let name: Int(name) ?? levelNames.firstIndex { $0.lowercased() == name }.map { $0 + 1 }
        }
    }

    /// The level below the index that `name` stands for (see ``level(named:)``).
    /// - Throws: ``RunError/unknownLevel(name:depth:)`` for another name or a level out of range.
    public func levelBelowIndex(named name: String) throws(RunError) -> Int {
        guard let level = level(named: name), (1..<depth).contains(level) else { throw .unknownLevel(name: name, depth: depth) }
        return level
    }
}
