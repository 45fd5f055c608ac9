// Fuzz target (b): the timestamp parsers.
//
// The input is read as UTF-8 (invalid sequences become U+FFFD). Timestamp.parse and parseUserInput must never
// crash; an accepted value must print (iso8601) to text that parses back to the same instant and offset, and the
// byte-level parser the log reader uses must agree with Timestamp.parse on the same bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimestamp(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let text = String(decoding: bytes, as: UTF8.self)
  let strict = try? Timestamp.parse(text)
  if let t = strict {
    let printed = t.iso8601
    guard let back = try? Timestamp.parse(printed) else { fuzzFail("\(text.debugDescription) → \(printed) does not parse") }
    if back != t { fuzzFail("\(text.debugDescription) → \(printed) → \(back.iso8601)") }
    if (try? Timestamp.parseUserInput(text)) != t { fuzzFail("parseUserInput disagrees with parse on \(text.debugDescription)") }
  }
  // The reader's byte path, on the raw bytes in an exact-size buffer.
  let fromBytes = withExactBuffer(bytes[...]) { try? Timestamp.parse(bytes: $0, requireOffset: true) }
  if String(validating: bytes, as: UTF8.self) != nil, fromBytes != strict {
    fuzzFail("byte parser \(String(describing: fromBytes)) vs string parser \(String(describing: strict)) on \(text.debugDescription)")
  }
  if let u = try? Timestamp.parseUserInput(text) {
    let printed = u.iso8601
    guard let back = try? Timestamp.parse(printed) else { fuzzFail("user input \(text.debugDescription) → \(printed) does not parse") }
    if back != u { fuzzFail("user input \(text.debugDescription) → \(printed) → \(back.iso8601)") }
    let f = u.fields
    if !(1...9999).contains(f.year) { fuzzFail("year \(f.year) out of range from \(text.debugDescription)") }
  }
  return 0
}
