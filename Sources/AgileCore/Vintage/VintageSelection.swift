// Which vintages of the values a run scores: as an edition was published, as of a date, or the latest.

/// Which of the stored values of a (country, indicator, year) a run uses, by their vintage (the
/// date a value's file declares, else the day it was ingested).
///
/// - ``revised``: the latest value stored, whatever its vintage (the store's current values).
/// - ``asPublished(_:)``: as the edition was published: of the values with a vintage on or
///   before the edition's publication date, the one ingested last. Values revised after
///   publication are left out, so the edition's scores stay what was published.
/// - ``asOf(_:)``: the same for any date.
///
/// ```swift
/// let selection = VintageSelection.asOf(CalendarDate("2024-12-31")!)
/// selection.cutoff       // 2024-12-31
/// selection.description  // "as-of:2024-12-31", as a run records it
/// selection.label        // "values as of 2024-12-31"
/// ```
public enum VintageSelection: Hashable, Sendable, CustomStringConvertible {
    /// The latest value of every (country, indicator, year), whatever its vintage.
    case revised
    /// As the edition was published on this date.
    case asPublished(CalendarDate)
    /// As the values stood on this date.
    case asOf(CalendarDate)

    /// The last vintage the selection takes; `nil` for ``revised`` (every vintage).
    public var cutoff: CalendarDate? {
        switch self {
        case .revised: nil
        case .asPublished(let date), .asOf(let date): date
        }
    }

    /// The selection as a run records it: `revised`, `as-published:2025-02-21`, `as-of:2024-12-31`.
    public var description: String {
        switch self {
        case .revised: "revised"
        case .asPublished(let date): "as-published:\(date)"
        case .asOf(let date): "as-of:\(date)"
        }
    }

    /// The selection a run recorded (its ``description``), or `nil` for other text.
    public init?(recorded text: String) {
        if text == "revised" {
            self = .revised
        } else if text.hasPrefix("as-published:"), let date = CalendarDate(text.dropFirst("as-published:".count)) {
            self = .asPublished(date)
        } else if text.hasPrefix("as-of:"), let date = CalendarDate(text.dropFirst("as-of:".count)) {
            self = .asOf(date)
        } else {
            return nil
        }
    }

    /// A few words for a footer, a table's header or a JSON field: `values as published on
    /// 2025-02-21`, `values as of 2024-12-31`, `revised values (the latest of every vintage)`.
    public var label: String {
        switch self {
        case .revised: "revised values (the latest of every vintage)"
        case .asPublished(let date): "values as published on \(date)"
        case .asOf(let date): "values as of \(date)"
        }
    }

    /// What the selection means, in a sentence for a methodology page.
    public var sentence: String {
        switch self {
        case .revised:
            "Values are revised: each is the latest value stored, whatever its vintage (the date its file declares, else the day it was ingested)."
        case .asPublished(let date):
            "Values are as published on \(date): each is the latest value stored with a vintage (the date its file declares, else the day it was ingested) on or before that date; values revised later are not used."
        case .asOf(let date):
            "Values are as of \(date): each is the latest value stored with a vintage (the date its file declares, else the day it was ingested) on or before that date; values revised later are not used."
        }
    }
}

/// The vintages a command is asked for: its default, or one chosen on the command line.
public enum VintageRequest: Hashable, Sendable {
    /// ``VintageSelection/revised``.
    case revised
    /// As published on the edition's publication date.
    case asPublished
    /// As of a date.
    case asOf(CalendarDate)

    /// The selection for an edition published on `publicationDate` (`nil`: it declares none);
    /// `nil` when ``asPublished`` is asked of an edition without a publication date.
    public func selection(publicationDate: CalendarDate?) -> VintageSelection? {
        switch self {
        case .revised: .revised
        case .asPublished: publicationDate.map(VintageSelection.asPublished)
        case .asOf(let date): .asOf(date)
        }
    }
}
