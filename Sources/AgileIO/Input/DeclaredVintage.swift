// The date a file declares for its values (its vintage), read from a field or an attribute.

import AgileCore

/// Reads the vintage a file declares: World Bank's `"Last Updated Date"` line and `lastupdated`
/// attribute, the `vintage` attribute of our XML (our CSV's comment: ``VintageComment``).
enum DeclaredVintage {
    /// The date `text` writes (`YYYY-MM-DD`).
    /// - Throws: ``InputError`` (`malformedValue`) naming `field` at `location` when it is not one.
    static func date(_ text: String, field: String, at location: Provenance) throws(InputError) -> CalendarDate {
        guard let date = CalendarDate(text) else {
            throw InputError(.malformedValue, location, field: field, value: text, problem: "is not a date", expected: CalendarDate.expected)
        }
        return date
    }
}
