// How VESTA's scores.csv writes one field: RFC 4180 minimal quoting, as Python's csv module does.

import AgileCore

/// Writing side of formats that must match Python's bytes (VESTA's `scores.csv`). Our own
/// exports write text through ``CSVText/cell(_:)``, which also neutralises formulas.
enum CSVQuoting {
    /// `text` as Python's `csv` module writes it (see ``CSVText/quoted(_:)``); a leading `=`
    /// stays as it is, as VESTA writes it.
    static func field(_ text: String) -> String {
        CSVText.quoted(text)
    }
}
