// The `# vintage: YYYY-MM-DD` comment of our CSV formats: the date the file's values were published.

import AgileCore

/// Reads a comment line that declares the file's vintage:
///
/// ```
/// # vintage: 2024-05-01
/// ```
///
/// A comment whose first word is `vintage` (any case) declares it, and must be exactly
/// `# vintage: YYYY-MM-DD` (spaces around the colon and at the end allowed); other comments
/// (`# vintages of …`) are left alone. A file declares one vintage.
enum VintageComment {
    /// The error's expectation.
    static let expected = "expected # vintage: YYYY-MM-DD, e.g. # vintage: 2024-05-01"

    /// The vintage `comment` (the line's text, `#` included) declares, `nil` when it declares
    /// none. `line` and `column` are where the comment's `#` is.
    /// - Throws: ``InputError`` (`malformedValue`) at the declared value when it is not a date.
    static func vintage(in comment: String, file: String, line: Int, column: Int) throws(InputError) -> CalendarDate? {
        let scalars = Array(comment.unicodeScalars)
        var i = 1
        func skipBlanks() { while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 } }
        skipBlanks()
        let word = "vintage".unicodeScalars
        guard scalars.count - i >= word.count,
              String(String.UnicodeScalarView(scalars[i..<(i + word.count)])).lowercased() == "vintage"
        else { return nil }
        i += word.count
        if i < scalars.count, scalars[i] != " ", scalars[i] != "\t", scalars[i] != ":" { return nil }
        skipBlanks()
        let colon = i < scalars.count && scalars[i] == ":"
        if colon {
            i += 1
            skipBlanks()
        }
        var end = scalars.count
        while end > i, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        guard colon else {
            // `# vintage 2024-05-01`: the declaration itself is quoted, from its first word.
            let start = scalars.firstIndex { $0 != "#" && $0 != " " && $0 != "\t" } ?? 1
            throw InputError(
                .malformedValue, Provenance(file: file, line: line, column: column + start), field: "vintage",
                value: text(scalars[start..<end]), problem: "has no colon after 'vintage'", expected: expected)
        }
        guard let date = CalendarDate(text(scalars[i..<end])) else {
            throw InputError(
                .malformedValue, Provenance(file: file, line: line, column: column + i), field: "vintage",
                value: text(scalars[i..<end]), problem: "is not a date", expected: expected)
        }
        return date
    }

    /// The text of `scalars`.
    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    /// The error for a second vintage comment at `line`:`column` (of its `#`).
    static func second(_ date: CalendarDate, file: String, line: Int, column: Int, first: (date: CalendarDate, line: Int)) -> InputError {
        InputError(
            .duplicate, Provenance(file: file, line: line, column: column), field: "vintage", value: date.description,
            problem: "is a second vintage",
            expected: "line \(first.line) declares \(first.date); a file declares one vintage")
    }
}
