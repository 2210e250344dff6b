// Picks, for each country and indicator, the latest observation inside the edition's window.

/// The observations an edition uses: per (country, indicator) the latest year inside the
/// framework's year window that has a value.
///
/// ```swift
/// let selection = EditionSelection(framework: framework, observations: stored)
/// selection[country: "USA", indicator: "I14"]?.year // 2023
/// ```
public struct EditionSelection: Sendable {
    /// The selected observation per country, then per indicator code.
    public let selected: [String: [String: Observation]]
    /// Countries of the edition, in the framework's order.
    public let countries: [String]

    /// Selects from `observations` for the framework's participants (or, when the framework
    /// lists none, every country that has data), indicators and denominators.
    public init(framework: Framework, observations: [Observation]) {
        let participants = framework.participants.map(\.code)
        let allowed = Set(participants)
        let codes = framework.dataCodes
        var selected: [String: [String: Observation]] = [:]
        for observation in observations where observation.value != nil
            && framework.years.contains(observation.year) && codes.contains(observation.indicator)
            && (allowed.isEmpty || allowed.contains(observation.country)) {
            if let current = selected[observation.country]?[observation.indicator],
               !EditionSelection.isPreferred(observation, over: current) {
                continue
            }
            selected[observation.country, default: [:]][observation.indicator] = observation
        }
        self.selected = selected
        countries = participants.isEmpty ? selected.keys.sorted() : participants
    }

    private init(selected: [String: [String: Observation]], countries: [String]) {
        self.selected = selected
        self.countries = countries
    }

    /// The same selection for `countries` only, in that order (a country without values has
    /// none selected): several editions' scorings share one selection of the same data.
    public func restricted(to countries: [String]) -> EditionSelection {
        let kept = Set(countries)
        return EditionSelection(selected: selected.filter { kept.contains($0.key) }, countries: countries)
    }

    /// Later years win; in the same year, ties are broken by source name so the choice never
    /// depends on the order observations arrive in.
    static func isPreferred(_ candidate: Observation, over current: Observation) -> Bool {
        if candidate.year != current.year { return candidate.year > current.year }
        return candidate.source < current.source
    }

    /// The selected observation of one country and indicator.
    public subscript(country country: String, indicator indicator: String) -> Observation? {
        selected[country]?[indicator]
    }
}
