// What kind of bad input an InputError reports, so callers and tests can match on it.

extension InputError {
    /// The kind of problem an ``InputError`` reports, whatever its message says.
    ///
    /// Callers decide by kind (`catch let error as InputError where error.kind == .duplicate`);
    /// the message (``InputError/description``) is for people and may be reworded.
    public enum Kind: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// The file cannot be opened or read: it does not exist, is a folder, is not readable by
        /// this user, or reading it failed (a parser that cannot start included).
        case unreadable
        /// The bytes are not text the readers take: UTF-16 or UTF-32, bytes that are not valid
        /// UTF-8 (or not valid in the encoding an XML declaration names), CR-only line ends, or a
        /// control character other than tab, line feed and carriage return.
        case encoding
        /// A declared limit of the reader is passed: file size, record length, fields per record,
        /// nesting depth, attribute length, XML prolog length.
        case limit
        /// An XML document is refused whole for what it declares: a document type (DTD), an
        /// entity declaration or an entity reference.
        case refusedDocument
        /// The file is not in a format the reader takes (a registry given as data, an unknown root
        /// element or header, not a VESTA result file).
        case unknownFormat
        /// The file's layout is wrong: malformed CSV, XML or JSON, a missing or unexpected header,
        /// column, element, attribute or key, a row of the wrong width, a JSON value of the wrong
        /// type, a document that breaks its XML schema.
        case structure
        /// A value the field must have is empty, or an attribute the declaration needs is absent.
        case missingValue
        /// A number field holds no finite number: text, `nan`, `inf`, a hex float, a fraction where
        /// a whole number is expected.
        case notANumber
        /// A number outside what its field allows: off an indicator's scale, a year outside
        /// 1900–2100, a rate outside 0–1, a count above its maximum, a parameter that must be
        /// positive.
        case outOfRange
        /// A value that is not of the form its field takes, other than a number: a year, a
        /// boolean, a code's spelling, one of a fixed set of words or numbers.
        case malformedValue
        /// A code nobody declared: a country, indicator, benchmark, dimension, context, metric,
        /// model, a provider's code or a code of a COINr iMeta table.
        case unknownCode
        /// Something given twice: a second value for the same key, a column, a code, a model
        /// name, a row, a weight.
        case duplicate
        /// Values that contradict each other: counts that do not add up, a rate that is not its
        /// counts' ratio, a low bound not below its high bound, a parent at the wrong level, a
        /// value given where the declaration says there is none.
        case inconsistent

        public var description: String { rawValue }
    }
}
