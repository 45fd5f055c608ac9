/// The reader's fast path for sealed lines: walks the envelope's keys once and parses each value into its
/// final type straight from the bytes (times and `prev` without an intermediate String, the log's `source`
/// shared between its events). Any surprise returns `nil`, and the caller takes the generic path, which
/// produces the diagnostics; so the fast path never decides what an error says.
extension EventCodec {
  /// A per-log cache so that every event of a log shares one `source` string.
  struct SourceIntern {
    var bytes: [UInt8] = []
    var string = ""
  }

  static func decodeEventFast(_ line: UnsafeBufferPointer<UInt8>, intern: inout SourceIntern) -> Event? {
    var p = JSONParser(bytes: line)
    guard line.count > 2, line[0] == UInt8(ascii: "{") else { return nil }
    p.i = 1
    var seq: Int?
    var id: String?
    var type: EventType?
    var subject: SubjectKey?
    var effective: Timestamp?
    var until: Timestamp?
    var recorded: Timestamp?
    var source: String?
    var quote: String?
    var data: JSONObject?
    var prev: SHA256.Digest?
    while true {
      guard p.i < line.count, line[p.i] == UInt8(ascii: "\"") else { return nil }
      let keyStart = p.i + 1
      guard let keyEnd = scanPlainString(line, from: keyStart) else { return nil }
      let key = UnsafeBufferPointer(rebasing: line[keyStart..<keyEnd])
      p.i = keyEnd + 1
      guard p.i < line.count, line[p.i] == UInt8(ascii: ":") else { return nil }
      p.i += 1
      switch key.count {
      case 3 where key.elementsEqual("seq".utf8):
        guard seq == nil, let n = scanInt(line, &p.i) else { return nil }
        seq = n
      case 2 where key.elementsEqual("id".utf8):
        guard id == nil, let s = scanString(&p) else { return nil }
        id = s
      case 4 where key.elementsEqual("type".utf8):
        guard type == nil, let s = scanString(&p), let t = EventType(rawValue: s) else { return nil }
        type = t
      case 7 where key.elementsEqual("subject".utf8):
        guard subject == nil, let s = scanString(&p), let k = try? SubjectKey(s) else { return nil }
        subject = k
      case 9 where key.elementsEqual("effective".utf8):
        guard effective == nil, let t = scanTime(line, &p.i) else { return nil }
        effective = t
      case 5 where key.elementsEqual("until".utf8):
        guard until == nil, let t = scanTime(line, &p.i) else { return nil }
        until = t
      case 8 where key.elementsEqual("recorded".utf8):
        guard recorded == nil, let t = scanTime(line, &p.i) else { return nil }
        recorded = t
      case 6 where key.elementsEqual("source".utf8):
        guard source == nil, p.i < line.count, line[p.i] == UInt8(ascii: "\""), let end = scanPlainString(line, from: p.i + 1) else { return nil }
        let raw = UnsafeBufferPointer(rebasing: line[(p.i + 1)..<end])
        if !raw.elementsEqual(intern.bytes) {
          guard let s = String(validating: raw, as: UTF8.self) else { return nil }
          intern = SourceIntern(bytes: Array(raw), string: s)
        }
        source = intern.string
        p.i = end + 1
      case 5 where key.elementsEqual("quote".utf8):
        guard quote == nil, let s = scanString(&p) else { return nil }
        quote = s
      case 4 where key.elementsEqual("data".utf8):
        guard data == nil, p.i < line.count, line[p.i] == UInt8(ascii: "{"), let o = try? p.parseObject(depth: 2) else { return nil }
        data = o
      case 4 where key.elementsEqual("prev".utf8):
        guard prev == nil, p.i + 66 <= line.count, line[p.i] == UInt8(ascii: "\""), line[p.i + 65] == UInt8(ascii: "\""),
          let d = SHA256.Digest(hexBytes: UnsafeBufferPointer(rebasing: line[(p.i + 1)..<(p.i + 65)]))
        else { return nil }
        prev = d
        p.i += 66
      default:
        return nil
      }
      guard p.i < line.count else { return nil }
      if line[p.i] == UInt8(ascii: ",") {
        p.i += 1
        continue
      }
      guard line[p.i] == UInt8(ascii: "}"), p.i + 1 == line.count else { return nil }
      break
    }
    guard let seq, let id, isValidID(id), let type, let subject, let effective, let recorded, let source, let quote, let data,
      let prev
    else { return nil }
    if let kind = type.subjectKind, subject.kind != kind { return nil }
    if let until, until <= effective { return nil }
    return Event(
      sealing: Draft(
        id: id, type: type, subject: subject, interval: ValidInterval(effective: effective, until: until), recorded: recorded,
        source: source, quote: quote, data: data),
      seq: seq, prev: prev)
  }

  /// A JSON string starting at `p.i`, which must be its opening quote (`parseString` assumes it and skips it).
  @inline(__always)
  static func scanString(_ p: inout JSONParser) -> String? {
    guard p.i < p.b.count, p.b[p.i] == UInt8(ascii: "\"") else { return nil }
    return try? p.parseString()
  }

  /// The index of the closing quote of a string with no escapes and no control characters, or `nil`.
  @inline(__always)
  static func scanPlainString(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var i = start
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: "\"") { return i }
      if c == UInt8(ascii: "\\") || c < 0x20 { return nil }
      i += 1
    }
    return nil
  }

  /// A positive integer without leading zeros.
  @inline(__always)
  static func scanInt(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int? {
    var v = 0
    let start = i
    while i < b.count, b[i] &- UInt8(ascii: "0") <= 9, i - start < 18 {
      v = v * 10 + Int(b[i] &- UInt8(ascii: "0"))
      i += 1
    }
    guard i > start, b[start] != UInt8(ascii: "0") else { return nil }
    return v
  }

  /// A quoted timestamp parsed from its bytes.
  @inline(__always)
  static func scanTime(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Timestamp? {
    guard i < b.count, b[i] == UInt8(ascii: "\""), let end = scanPlainString(b, from: i + 1) else { return nil }
    guard let t = try? Timestamp.parse(bytes: UnsafeBufferPointer(rebasing: b[(i + 1)..<end]), requireOffset: true) else {
      return nil
    }
    i = end + 1
    return t
  }
}
