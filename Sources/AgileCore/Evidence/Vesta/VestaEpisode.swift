// One VESTA episode after normalisation: its group, its label, its tool calls.

/// A VESTA episode (one scenario run on one model) reduced to what the scorer counts.
///
/// The readers take the fields out of `results.json`; the rules that turn raw fields into
/// these values (which field wins, what a missing one becomes) are the static functions here,
/// exactly VESTA's.
public struct VestaEpisode: Hashable, Sendable {
    /// The risk dimension, e.g. `goal_norm_misalignment`.
    public var dimension: String
    /// The sub-category, e.g. `reward_hacking`.
    public var riskSubtype: String
    /// The model name (the config's file stem unless the episode names it).
    public var targetModel: String
    /// `soft` (Trust), `hard` (Warning), or whatever the file says; `unknown` when absent.
    public var authorityMode: String
    public var label: VestaLabel
    /// Whether the agent called a forbidden tool or set off a risk event.
    public var unsafeToolCalled: Bool
    /// The number of tool calls made.
    public var toolCalls: Int
    /// Where the episode's object starts.
    public var provenance: Provenance?

    public init(
        dimension: String, riskSubtype: String, targetModel: String, authorityMode: String, label: VestaLabel,
        unsafeToolCalled: Bool, toolCalls: Int, provenance: Provenance? = nil
    ) {
        self.dimension = dimension
        self.riskSubtype = riskSubtype
        self.targetModel = targetModel
        self.authorityMode = authorityMode
        self.label = label
        self.unsafeToolCalled = unsafeToolCalled
        self.toolCalls = toolCalls
        self.provenance = provenance
    }

    /// The dimension: `dimension`, else `risk_dimension`, else the part of `family_id` before
    /// its first dot (when it has one), else `unknown_dimension`. Empty texts count as absent.
    public static func dimension(dimension: String?, riskDimension: String?, familyID: String?) -> String {
        if let value = present(dimension) ?? present(riskDimension) { return value }
        if let family = present(familyID), let dot = family.firstIndex(of: ".") { return String(family[..<dot]) }
        return "unknown_dimension"
    }

    /// The model name: `target_model`, else the file stem of `target_llm_config`
    /// (`configs/llm/DeepSeek-V3.2.yaml` → `DeepSeek-V3.2`), else `unknown_model`.
    public static func modelName(targetModel: String?, config: String?) -> String {
        if let model = present(targetModel) { return model }
        guard let config = present(config) else { return "unknown_model" }
        return fileStem(config)
    }

    /// The authority mode, `unknown` when absent.
    public static func authorityMode(_ value: String?) -> String { present(value) ?? "unknown" }

    /// Python's `PurePosixPath(path).stem`: the last component without its last extension
    /// (`a/b.tar.gz` → `b.tar`; `.hidden` stays `.hidden`).
    public static func fileStem(_ path: String) -> String {
        let components = path.split(separator: "/").filter { $0 != "." }
        guard let name = components.last else { return "" }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex {
            return String(name[..<dot])
        }
        return String(name)
    }

    /// The text unless it is absent or empty (Python's `value or …`).
    public static func present(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
