/// The reader's fast path for sealed lines: walks the envelope's keys once and parses each value into its
/// final type straight from the bytes (times and `prev` without an intermediate String, the log's `source`
/// shared between its events). Any surprise returns `nil`, and the caller takes the generic path, which
/// produces the diagnostics; so the fast path never decides what an error says.
extension EventCodec {
  /// A per-log cache: every event of a log shares one `source` string, and a subject key seen before is
  /// reused rather than validated and parsed again.
  struct SourceIntern {
    var bytes: [UInt8] = []
    var string = ""
    var subjects = ByteKeyedCache<SubjectKey>()
  }

  static func decodeEventFast(_ line: UnsafeBufferPointer<UInt8>, intern: inout SourceIntern) -> Event? {
    var canonical: Bool?
    return decodeEventFast(line, intern: &intern, canonical: &canonical)
  }

  /// The fast path that also says whether the line is in canonical form, as far as it can tell while reading:
  /// `canonical` is `false` when the keys are out of order, a time is not written the canonical way or `data`
  /// has whitespace or unsorted keys; `true` when none of that happened and no string has an escape; `nil`
  /// when a string has an escape (the caller compares with the re-encoded line then).
  static func decodeEventFast(_ line: UnsafeBufferPointer<UInt8>, intern: inout SourceIntern, canonical: inout Bool?) -> Event? {
    var p = JSONParser(bytes: line)
    var inOrder = true
    var escaped = false
    var lastRank = -1
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
        order(0, &lastRank, &inOrder)
      case 2 where key.elementsEqual("id".utf8):
        guard id == nil, let s = scanString(&p, escaped: &escaped) else { return nil }
        id = s
        order(1, &lastRank, &inOrder)
      case 4 where key.elementsEqual("type".utf8):
        guard type == nil, let s = scanString(&p, escaped: &escaped), let t = EventType(rawValue: s) else { return nil }
        type = t
        order(2, &lastRank, &inOrder)
      case 7 where key.elementsEqual("subject".utf8):
        guard subject == nil, let k = scanSubject(&p, cache: &intern.subjects, escaped: &escaped) else { return nil }
        subject = k
        order(3, &lastRank, &inOrder)
      case 9 where key.elementsEqual("effective".utf8):
        guard effective == nil, let t = scanTime(line, &p.i, canonical: &inOrder) else { return nil }
        effective = t
        order(4, &lastRank, &inOrder)
      case 5 where key.elementsEqual("until".utf8):
        guard until == nil, let t = scanTime(line, &p.i, canonical: &inOrder) else { return nil }
        until = t
        order(5, &lastRank, &inOrder)
      case 8 where key.elementsEqual("recorded".utf8):
        guard recorded == nil, let t = scanTime(line, &p.i, canonical: &inOrder) else { return nil }
        recorded = t
        order(6, &lastRank, &inOrder)
      case 6 where key.elementsEqual("source".utf8):
        guard source == nil, p.i < line.count, line[p.i] == UInt8(ascii: "\""), let end = scanPlainString(line, from: p.i + 1) else { return nil }
        let raw = UnsafeBufferPointer(rebasing: line[(p.i + 1)..<end])
        if !raw.elementsEqual(intern.bytes) {
          guard let s = String(validating: raw, as: UTF8.self) else { return nil }
          intern = SourceIntern(bytes: Array(raw), string: s)
        }
        source = intern.string
        p.i = end + 1
        order(7, &lastRank, &inOrder)
      case 5 where key.elementsEqual("quote".utf8):
        guard quote == nil, let s = scanString(&p, escaped: &escaped) else { return nil }
        quote = s
        order(8, &lastRank, &inOrder)
      case 4 where key.elementsEqual("data".utf8):
        guard data == nil, p.i < line.count, line[p.i] == UInt8(ascii: "{"), let o = try? p.parseObject(depth: 2) else { return nil }
        data = o
        order(9, &lastRank, &inOrder)
      case 4 where key.elementsEqual("prev".utf8):
        guard prev == nil, p.i + 66 <= line.count, line[p.i] == UInt8(ascii: "\""), line[p.i + 65] == UInt8(ascii: "\""),
          let d = SHA256.Digest(hexBytes: UnsafeBufferPointer(rebasing: line[(p.i + 1)..<(p.i + 65)]))
        else { return nil }
        prev = d
        p.i += 66
        order(10, &lastRank, &inOrder)
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
    // The parser notes whitespace, escapes and unsorted keys inside `data`; only escapes leave it open.
    if !inOrder || p.layout == .nonCanonical {
      canonical = false
    } else {
      canonical = escaped || p.layout == .escaped ? nil : true
    }
    return Event(
      sealing: Draft(
        id: id, type: type, subject: subject, interval: ValidInterval(effective: effective, until: until), recorded: recorded,
        source: source, quote: quote, data: data),
      seq: seq, prev: prev)
  }

  /// Notes that the key of canonical rank `rank` came next; canonical lines have strictly increasing ranks.
  @inline(__always)
  static func order(_ rank: Int, _ last: inout Int, _ inOrder: inout Bool) {
    if rank <= last { inOrder = false }
    last = rank
  }

  /// A JSON string starting at `p.i`, which must be its opening quote (`parseString` assumes it and skips it);
  /// sets `escaped` when the text had an escape (the decoded string is then shorter than its text).
  @inline(__always)
  static func scanString(_ p: inout JSONParser, escaped: inout Bool) -> String? {
    guard p.i < p.b.count, p.b[p.i] == UInt8(ascii: "\"") else { return nil }
    let start = p.i
    guard let s = try? p.parseString() else { return nil }
    if s.utf8.count != p.i - start - 2 { escaped = true }
    return s
  }

  /// A subject key: reused from `cache` when the same text was seen before in this log, else read as a
  /// string and parsed (and remembered, when it had no escapes).
  @inline(__always)
  static func scanSubject(_ p: inout JSONParser, cache: inout ByteKeyedCache<SubjectKey>, escaped: inout Bool) -> SubjectKey? {
    guard p.i < p.b.count, p.b[p.i] == UInt8(ascii: "\"") else { return nil }
    if let end = scanPlainString(p.b, from: p.i + 1) {
      let raw = UnsafeBufferPointer(rebasing: p.b[(p.i + 1)..<end])
      if let k = cache.lookup(raw) {
        p.i = end + 1
        return k
      }
      guard let s = String(validating: raw, as: UTF8.self), let k = try? SubjectKey(s) else { return nil }
      cache.insert(raw, k)
      p.i = end + 1
      return k
    }
    guard let s = scanString(&p, escaped: &escaped) else { return nil }
    return try? SubjectKey(s)
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

  /// A quoted timestamp parsed from its bytes; clears `canonical` unless the text is exactly the canonical
  /// ``Timestamp/iso8601`` of the value (no `Z`, no `:00` seconds, no `-00:00`).
  @inline(__always)
  static func scanTime(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, canonical: inout Bool) -> Timestamp? {
    guard i < b.count, b[i] == UInt8(ascii: "\""), let end = scanPlainString(b, from: i + 1) else { return nil }
    let text = UnsafeBufferPointer(rebasing: b[(i + 1)..<end])
    guard let t = try? Timestamp.parse(bytes: text, requireOffset: true) else { return nil }
    if !Timestamp.isCanonicalText(text) { canonical = false }
    i = end + 1
    return t
  }
}
