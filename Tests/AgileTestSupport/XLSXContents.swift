// An .xlsx file read back for tests: its sheets, every cell's type and value, its dates.

import Foundation

/// What a workbook holds, read by Python's `zipfile` and `xml.etree` (python3 is on every
/// machine the tests run on; `unzip` may not be), independently of the library that wrote it.
///
/// ```swift
/// let book = try XLSXContents(bytes: Array(data))
/// book.sheets                      // ["README", "Index", …]
/// book.cells["Index"]?["B2"]       // Cell(type: "s", value: "JPN", formula: false)
/// ```
public struct XLSXContents: Decodable, Sendable {
    /// One cell as the sheet's XML has it.
    public struct Cell: Decodable, Hashable, Sendable {
        /// The `t` attribute: `s` for a shared string, `n` for a number (the default), `str`
        /// for a formula's string result, `inlineStr`, `b`, `e`.
        public var type: String
        /// The value: the shared string itself for `s`, the number's text for `n`.
        public var value: String?
        /// Whether the cell holds a formula (`<f>`).
        public var formula: Bool

        public init(type: String, value: String?, formula: Bool) {
            self.type = type
            self.value = value
            self.formula = formula
        }
    }

    /// The sheets' names, in the workbook's order.
    public var sheets: [String]
    /// Per sheet, the cells by reference (`A1`).
    public var cells: [String: [String: Cell]]
    /// `dcterms:created` of `docProps/core.xml`.
    public var created: String
    /// The distinct dates of the zip entries, `YYYY-MM-DD hh:mm:ss`.
    public var entryDates: [String]

    static let script = #"""
import json, re, sys, zipfile
import xml.etree.ElementTree as ET
M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
z = zipfile.ZipFile(sys.argv[1])
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(M + 'si'):
        shared.append(''.join(t.text or '' for t in si.iter(M + 't')))
targets = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
out = {'sheets': [], 'cells': {}}
for sheet in ET.fromstring(z.read('xl/workbook.xml')).find(M + 'sheets'):
    name = sheet.get('name')
    out['sheets'].append(name)
    cells = {}
    for c in ET.fromstring(z.read('xl/' + targets[sheet.get(R + 'id')])).iter(M + 'c'):
        kind = c.get('t', 'n')
        v = c.find(M + 'v')
        value = v.text if v is not None else None
        if kind == 's' and value is not None:
            value = shared[int(value)]
        cells[c.get('r')] = {'type': kind, 'value': value, 'formula': c.find(M + 'f') is not None}
    out['cells'][name] = cells
core = z.read('docProps/core.xml').decode()
out['created'] = re.search(r'<dcterms:created[^>]*>([^<]*)<', core).group(1)
out['entryDates'] = sorted({'%04d-%02d-%02d %02d:%02d:%02d' % i.date_time for i in z.infolist()})
print(json.dumps(out))
"""#

    /// Reads the workbook `bytes`.
    public init(bytes: [UInt8]) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString).xlsx")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try self.init(path: file.path)
    }

    /// Reads the workbook at `path`.
    public init(path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ReadError(path: path, status: process.terminationStatus) }
        self = try JSONDecoder().decode(XLSXContents.self, from: data)
    }

    /// The text of a cell (`nil` when empty), whatever its type.
    public func value(_ sheet: String, _ reference: String) -> String? {
        cells[sheet]?[reference]?.value
    }

    /// Python could not read the file as a workbook.
    public struct ReadError: Error, CustomStringConvertible {
        public var path: String
        public var status: Int32
        public var description: String { "\(path): python3 could not read it as a workbook (exit \(status))" }
    }
}
