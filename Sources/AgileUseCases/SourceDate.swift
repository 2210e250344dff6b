// The date a report may show: SOURCE_DATE_EPOCH's, never the clock's.

import Foundation

/// The date of `SOURCE_DATE_EPOCH` (seconds since 1970-01-01 UTC), so that a report shows a
/// date only when the build asks for one and the same run gives the same bytes.
public enum SourceDate {
    /// The date of `SOURCE_DATE_EPOCH` as YYYY-MM-DD (UTC), or `nil` when it is not set or not
    /// a whole number.
    public static func current() -> String? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text) else { return nil }
        return date(seconds: seconds)
    }

    /// The civil date (UTC) of `seconds` since 1970-01-01 as YYYY-MM-DD (Howard Hinnant's algorithm).
    public static func date(seconds: Int64) -> String {
        var days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
