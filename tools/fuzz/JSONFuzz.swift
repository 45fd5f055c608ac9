// Fuzz target (d): the JSON parser and writer, and the CSV writer.
//
// An accepted value written canonically (JSONWriter) must parse back to the same value, and writing that again
// must be byte-identical. Every string found in the value is also written as a CSV cell and read back with a
// strict RFC 4180 reader: the cell must equal the text (with the `'` formula prefix when the writer adds one).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let parsed = withExactBuffer(bytes[...]) { buf in Result { () throws(JSONSyntaxError) in try JSONParser.parse(buf) } }
  switch parsed {
  case .failure(let e):
    if e.offset < 0 || e.offset > bytes.count { fuzzFail("error offset \(e.offset) outside 0...\(bytes.count)") }
  case .success(let value):
    var out: [UInt8] = []
    JSONWriter.write(value, into: &out)
    guard let back = try? JSONParser.parse(out) else { fuzzFail("written JSON does not parse: \(String(decoding: out, as: UTF8.self))") }
    if back != value { fuzzFail("JSON round trip changed the value") }
    var out2: [UInt8] = []
    JSONWriter.write(back, into: &out2)
    if out2 != out { fuzzFail("canonical JSON is not a fixed point") }
    var strings: [String] = []
    collectStrings(value, into: &strings)
    for s in strings.prefix(16) { checkCSVCell(s) }
  }
  return 0
}

func collectStrings(_ v: JSONValue, into out: inout [String]) {
  switch v {
  case .string(let s): out.append(s)
  case .array(let a): for x in a { collectStrings(x, into: &out) }
  case .object(let o):
    for m in o {
      out.append(m.key)
      collectStrings(m.value, into: &out)
    }
  default: break
  }
}

/// Writes `s` as the middle cell of a three-cell record and reads it back strictly.
func checkCSVCell(_ s: String) {
  for options in [CSVOptions(), CSVOptions(lineEnding: .crlf, byteOrderMark: true)] {
    var w = CSVWriter(options: options)
    w.writeRow(["a", s, "z"])
    var body = w.bytes[...]
    if options.byteOrderMark { body = body.dropFirst(3) }
    guard let records = readStrictCSV(Array(body), crlf: options.lineEnding == .crlf), records.count == 1, records[0].count == 3 else {
      fuzzFail("CSV record for \(s.debugDescription) does not read back as one record of 3 cells")
    }
    let expected = (s.utf8.first.map(CSVWriter.isFormulaTrigger) ?? false) ? "'" + s : s
    if records[0][1] != expected { fuzzFail("CSV cell \(s.debugDescription) read back as \(records[0][1].debugDescription)") }
  }
}
