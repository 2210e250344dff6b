// Items of a sentence joined as English joins them: "A", "A and B", "A, B and C".

/// Joins the items of a list for a sentence.
///
/// ```swift
/// EnglishList.joined(["dimension", "pillar"])          // "dimension and pillar"
/// EnglishList.joined(["A", "B", "C"])                  // "A, B and C"
/// EnglishList.joined(["A", "B", "C"], limit: 2)        // "A, B and 1 more"
/// ```
public enum EnglishList {
    /// `items` separated by commas, the last by "and"; beyond `limit` items the rest are
    /// counted ("and 3 more").
    public static func joined(_ items: [String], limit: Int = .max) -> String {
        var shown = Array(items.prefix(max(limit, 1)))
        if items.count > shown.count { shown.append("\(items.count - shown.count) more") }
        guard let last = shown.last else { return "" }
        return shown.count == 1 ? last : shown.dropLast().joined(separator: ", ") + " and " + last
    }
}
