// A framework's levels named in words: "pillar", "dimensions", "dimension and pillar weights".

/// The names of a framework's levels (1 = the indicators) as sentences use them, from its
/// `levelNames`: lower case, pluralised, listed.
///
/// ```swift
/// let words = LevelWords(framework)   // levelNames Indicator, Dimension, Pillar, Index
/// words.singular(3)                   // "pillar"
/// words.plural(2)                     // "dimensions"
/// words.weights([3, 2])               // "dimension and pillar weights"
/// ```
///
/// A level named `Level N` (as COINr's iMeta tables are read) or not named at all reads
/// "level N aggregate" as a noun and "level N" before one ("level 2 and level 3 weights").
/// A name's first letter is lowered unless its first word is an acronym (`AI pillar` stays).
public struct LevelWords: Hashable, Sendable {
    /// The names, level 1 first.
    public var names: [String]

    public init(names: [String]) {
        self.names = names
    }

    /// The framework's level names.
    public init(_ framework: Framework) {
        self.init(names: framework.levelNames)
    }

    /// The level's name before a noun: `pillar`, `level 2`.
    public func modifier(_ level: Int) -> String {
        guard let name = declaredName(level) else { return "level \(level)" }
        return Self.lowered(name)
    }

    /// One node of the level: `pillar`, `level 2 aggregate`.
    public func singular(_ level: Int) -> String {
        declaredName(level) == nil ? "level \(level) aggregate" : modifier(level)
    }

    /// The nodes of the level: `pillars`, `indices`, `level 2 aggregates`.
    public func plural(_ level: Int) -> String {
        Self.plural(of: singular(level))
    }

    /// `count` nodes of the level: `1 pillar`, `4 pillars`.
    public func count(_ count: Int, _ level: Int) -> String {
        "\(count) \(count == 1 ? singular(level) : plural(level))"
    }

    /// The weights of `levels`, lowest level first: `dimension and pillar weights`.
    public func weights(_ levels: [Int]) -> String {
        let words = Set(levels).sorted().map(modifier)
        return words.isEmpty ? "no weights" : EnglishList.joined(words) + " weights"
    }

    /// The name the framework gives `level`, or `nil` when it gives none or only `Level N`.
    private func declaredName(_ level: Int) -> String? {
        guard level >= 1, level <= names.count else { return nil }
        let name = names[level - 1]
        return name.isEmpty || name.lowercased() == "level \(level)" ? nil : name
    }

    /// `Pillar` → `pillar`; `AI pillar` (an acronym first) unchanged.
    static func lowered(_ name: String) -> String {
        let firstWord = name.prefix { $0 != " " && $0 != "-" }
        guard let first = name.first, firstWord.filter(\.isUppercase).count < 2 else { return name }
        return first.lowercased() + name.dropFirst()
    }

    /// The plural of a name as written (its case kept): `Pillar` → `Pillars`, `Index` →
    /// `Indices`, `Category` → `Categories`, `Box` → `Boxes`.
    public static func plural(of phrase: String) -> String {
        let lower = phrase.lowercased()
        if lower.hasSuffix("ex") || lower.hasSuffix("ix") { return phrase.dropLast(2) + "ices" }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return phrase.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh"].contains(where: lower.hasSuffix) { return phrase + "es" }
        return phrase + "s"
    }
}
