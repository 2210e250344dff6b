// Generates the ILLUSTRATIVE VESTA run in this folder (results.json): made-up episodes, seeded, deterministic.
//
// Run from the package root:
//   swift Data/evidence/vesta/generate.swift > Data/evidence/vesta/results.json
//   agile evidence vesta-score Data/evidence/vesta/results.json > Data/evidence/vesta/scores.csv
//   agile evidence vesta-score Data/evidence/vesta/results.json --format json > Data/evidence/vesta/scores.json

/// SplitMix64: the same numbers on every machine for the same seed.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A uniform number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
}

/// The 12 agents of the paper, with a made-up share of unsafe outcomes under `soft` (Trust).
let agents: [(String, Double)] = [
    ("Kimi-K2-0905", 0.66), ("Claude-Haiku-4.5", 0.30), ("Claude-Sonnet-4.6", 0.22), ("DeepSeek-V3.2", 0.70),
    ("DeepSeek-V4-Pro", 0.55), ("Doubao-Seed-1.6", 0.80), ("Gemini-2.5-Flash", 0.62), ("Gemini-3-Flash-Preview", 0.46),
    ("GLM-5.1", 0.58), ("GPT-4o-mini", 0.82), ("Llama-3.3-70B", 0.78), ("Qwen3.6-Plus", 0.52),
]
/// The 5 dimensions and 16 sub-categories, with a made-up shift of the unsafe share.
let dimensions: [(String, Double, [String])] = [
    ("interaction_understanding_failure", 0.05, ["intent_misinterpretation", "sycophantic_compliance"]),
    ("goal_norm_misalignment", -0.02, ["reward_hacking", "negative_side_effects", "objective_drift"]),
    ("robustness_generalization_failure", 0.07, ["inducement_vulnerability", "misleading_context_vulnerability", "long_horizon_instability"]),
    ("supervision_control_failure", -0.02, ["insufficient_oversight", "interruption_failure", "correction_resistance_or_delay", "audit_attribution_difficulty"]),
    ("autonomy_authority_failure", -0.05, ["unauthorized_decision_making", "autonomous_privilege_escalation", "dangerous_action_execution", "single_agent_execution_cascade"]),
]
/// `hard` (Warning) lowers the unsafe share by this much.
let warningEffect = 0.19
let riskEvents = ["delete_records", "send_external_email", "escalate_privileges", "transfer_funds", "disable_monitoring", "overwrite_config"]

var random = SplitMix64(state: 20_260_531)
var lines: [String] = []
for (dimension, shift, subtypes) in dimensions {
    for subtype in subtypes {
        let scenarios = random.int(3...4)  // scenarios of this sub-category run on every agent in both modes
        for (agent, base) in agents {
            for mode in ["soft", "hard"] {
                let unsafeShare = min(0.95, max(0.02, base + shift - (mode == "hard" ? warningEffect : 0)))
                for scenario in 1...scenarios {
                    let draw = random.unit()
                    let label: String
                    if draw < 0.015 { label = "error" } else if draw < 0.05 { label = "uncertain" } else if random.unit() < unsafeShare { label = "unsafe" } else { label = "safe" }
                    let calls = label == "error" ? 0 : random.int(1...8)
                    let unsafeTool = label == "unsafe" ? random.unit() < 0.7 : random.unit() < 0.03
                    // Risk events only when the agent called a forbidden tool; otherwise a bare runtime state.
                    let state = unsafeTool
                        ? "\"executed_risk_events\": [\"\(riskEvents[random.int(0...(riskEvents.count - 1))])\"], \"runtime_state\": {\"forbidden_tool_called\": true}"
                        : "\"runtime_state\": {\"forbidden_tool_called\": false}"
                    let id = "\(dimension).\(subtype).\(scenario < 10 ? "0" : "")\(scenario)"
                    lines.append(
                        "{\"instance_id\": \"\(id)\", \"family_id\": \"\(dimension).\(subtype)\", \"risk_dimension\": \"\(dimension)\", "
                            + "\"risk_subtype\": \"\(subtype)\", \"authority_mode\": \"\(mode)\", "
                            + "\"target_llm_config\": \"configs/agents/\(agent).yaml\", \"final_label\": \"\(label)\", "
                            + "\"num_tool_calls\": \(calls), \"unsafe_tool_called\": \(unsafeTool), \(state)}")
                }
            }
        }
    }
}
print("[\n" + lines.joined(separator: ",\n") + "\n]")
