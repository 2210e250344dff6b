// One-time libxml2 set-up, the safe parser options, and libxml2 errors as InputError.

import AgileCore
import CLibXML2

/// The toolkit's single entry point to libxml2's global state.
enum LibXML2 {
    /// Initialises libxml2 once, before any concurrent use.
    static let initialised: Void = {
        xmlInitParser()
    }()

    /// Initialises libxml2 once and silences its own messages on the calling thread (the
    /// setting is per thread); call before each parse.
    static func prepare() {
        _ = initialised
        agile_xmlSilence()
    }

    /// Parser options used for every document: no network, no entity substitution, no DTD
    /// loading, no messages printed by libxml2 itself (errors are collected and reported).
    static var safeOptions: Int32 {
        Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
              | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOXINCNODE.rawValue)
    }

    /// The error that stopped a parser, at the line and column libxml2 gives, else at `line` and
    /// `column` (where the parser stopped). An input conversion error (bytes not valid in the
    /// declared encoding) is not recorded in the context, only in libxml2's last error of the
    /// thread (which ``resetLastError()`` clears before each parse), without a place: it is
    /// reported where the parser stopped, the last place decoded before the bad bytes.
    static func parserError(_ ctxt: xmlParserCtxtPtr, file: String, line: Int, column: Int) -> InputError {
        let here = Provenance(file: file, line: max(1, line), column: column)
        if let error = xmlCtxtGetLastError(ctxt) {
            var inputError = inputError(error, file: file)
            if inputError.location.line <= 0 { inputError.location = here }
            return inputError
        }
        guard let error = xmlGetLastError() else { return InputError(.structure, here, problem: "is not well-formed XML") }
        var inputError = inputError(UnsafePointer(error), file: file)
        inputError.kind = .encoding
        inputError.location = here
        inputError.expected = "expected text valid in the encoding the XML declaration names, from here on; the toolkit's files are UTF-8"
        return inputError
    }

    /// Clears libxml2's last error of the thread, so that ``parserError(_:file:line:column:)``
    /// never reports an earlier parse's error.
    static func resetLastError() { xmlResetLastError() }

    /// A libxml2 error as an ``InputError`` at the line and column libxml2 gives.
    static func inputError(_ error: UnsafePointer<xmlError>?, file: String) -> InputError {
        guard let error else {
            return InputError(.structure, Provenance(file: file, line: 0), problem: "is not well-formed XML")
        }
        let message = error.pointee.message.map { String(cString: $0) } ?? "XML error"
        let text = message.trimmingCharacters(in: " \n\t")
        return InputError(
            kind(code: error.pointee.code, domain: error.pointee.domain),
            Provenance(file: file, line: Int(error.pointee.line), column: Int(error.pointee.int2)),
            problem: text)
    }

    /// The kind of a libxml2 error: a character the document may not hold, bytes not valid in
    /// its encoding, or an encoding libxml2 cannot convert is ``InputError/Kind/encoding``; a
    /// reference to an entity (none is declared: DTDs are refused)
    /// ``InputError/Kind/refusedDocument``; a name past libxml2's length limit
    /// ``InputError/Kind/limit``; a value the schema bounds ``InputError/Kind/outOfRange``, one
    /// not of the schema's type, pattern, length or list ``InputError/Kind/malformedValue``; any
    /// other (not well-formed, elements or attributes the schema does not allow or misses)
    /// ``InputError/Kind/structure``.
    static func kind(code: Int32, domain: Int32) -> InputError.Kind {
        if domain == Int32(XML_FROM_I18N.rawValue) { return .encoding }
        switch xmlParserErrors(UInt32(bitPattern: code)) {
        case XML_ERR_INVALID_CHARREF, XML_ERR_INVALID_CHAR, XML_ERR_UNKNOWN_ENCODING, XML_ERR_UNSUPPORTED_ENCODING,
             XML_ERR_INVALID_ENCODING, XML_IO_ENCODER:
            return .encoding
        case XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY:
            return .refusedDocument
        case XML_ERR_NAME_TOO_LONG:
            return .limit
        case XML_SCHEMAV_CVC_MININCLUSIVE_VALID, XML_SCHEMAV_CVC_MAXINCLUSIVE_VALID, XML_SCHEMAV_CVC_MINEXCLUSIVE_VALID,
             XML_SCHEMAV_CVC_MAXEXCLUSIVE_VALID:
            return .outOfRange
        case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_1, XML_SCHEMAV_CVC_LENGTH_VALID, XML_SCHEMAV_CVC_MINLENGTH_VALID,
             XML_SCHEMAV_CVC_MAXLENGTH_VALID, XML_SCHEMAV_CVC_TOTALDIGITS_VALID, XML_SCHEMAV_CVC_FRACTIONDIGITS_VALID,
             XML_SCHEMAV_CVC_PATTERN_VALID, XML_SCHEMAV_CVC_ENUMERATION_VALID:
            return .malformedValue
        default:
            return .structure
        }
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        let drop = Set(set)
        var scalars = Substring(self)
        while let first = scalars.first, drop.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, drop.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}

/// Collects libxml2's structured errors (XSD validation) through the C callback's user pointer.
final class XMLErrorCollector {
    let file: String
    private(set) var errors: [InputError] = []

    init(file: String) { self.file = file }

    func add(_ error: UnsafePointer<xmlError>?) {
        errors.append(LibXML2.inputError(error, file: file))
    }

    /// The C callback that routes an error to the collector passed as user data.
    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData else { return }
        let collector = Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue()
        collector.add(UnsafePointer(error))
    }
}
