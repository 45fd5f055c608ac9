// Fuzz target (a): the log reader.
//
// Invariants checked on arbitrary bytes:
// - LogReader.parse never crashes and keeps its parallel arrays in step;
// - every accepted event re-encodes (EventCodec.encode) to a line that decodes to an equal event, and
//   encoding that again is byte-identical (the canonical form is a fixed point);
// - a line flagged canonical is exactly the encoding of its event;
// - the fast path (decodeEventFast) and the generic path (decodeEvent) agree on every line, each line read
//   from a buffer of exactly its size so AddressSanitizer catches a read past the end;
// - the draft reader (Appender.parseDrafts) never crashes on the same bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLogReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let log = LogReader.parse(bytes, path: "fuzz.jsonl", options: .init(digests: true, canonicalForm: true))
  if log.events.count != log.lineNumbers.count || log.events.count != log.canonical.count {
    fuzzFail("events \(log.events.count), lineNumbers \(log.lineNumbers.count), canonical \(log.canonical.count)")
  }
  if log.lineDigests.count != log.lineCount { fuzzFail("digests \(log.lineDigests.count) for \(log.lineCount) lines") }
  if log.events.count > log.lineCount { fuzzFail("more events than lines") }

  // Split the way the reader does, and check each line in an exact-size buffer.
  var lines: [ArraySlice<UInt8>] = []
  var start = 0
  while let nl = bytes[start...].firstIndex(of: 0x0A) {
    lines.append(bytes[start..<nl])
    start = nl + 1
  }
  for (k, e) in log.events.enumerated() {
    let lineNo = log.lineNumbers[k]
    if lineNo < 1 || lineNo > lines.count { fuzzFail("line number \(lineNo) of \(lines.count)") }
    let encoded = EventCodec.encode(e)
    if log.canonical[k] != (Array(lines[lineNo - 1]) == encoded) { fuzzFail("canonical flag wrong on line \(lineNo)") }
    let again = LogReader.parse(encoded + [0x0A], path: "fuzz.jsonl")
    guard again.events.count == 1, again.diagnostics.isEmpty else {
      fuzzFail("re-encoded line \(lineNo) does not read back: \(again.diagnostics)")
    }
    if again.events[0] != e { fuzzFail("re-encoded line \(lineNo) reads back as a different event") }
    if EventCodec.encode(again.events[0]) != encoded { fuzzFail("canonical form of line \(lineNo) is not a fixed point") }
  }
  for (k, line) in lines.enumerated() {
    withExactBuffer(line) { buf in
      var intern = EventCodec.SourceIntern()
      let fast = EventCodec.decodeEventFast(buf, intern: &intern)
      let slow = EventCodec.decodeEvent(buf)
      if let fast {
        guard case .success(let s) = slow else { fuzzFail("line \(k + 1): fast path accepts, generic path refuses: \(slow)") }
        if s != fast { fuzzFail("line \(k + 1): fast and generic paths decode different events") }
      }
    }
  }
  _ = try? Appender.parseDrafts(bytes, path: "fuzz-drafts.jsonl")
  return 0
}
