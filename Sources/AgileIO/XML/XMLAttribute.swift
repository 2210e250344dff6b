// An attribute of an element, as a name and a value.

/// An attribute of an element as the stream parser reports it (see ``XMLTag/attributes``).
struct XMLAttribute {
    var name: String
    var value: String
}
