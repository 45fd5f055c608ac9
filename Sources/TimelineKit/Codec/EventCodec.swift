#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why one line could not be read as an event: its problems, and the 1-based column when it is a syntax error.
public struct LineFailure: Error, Sendable, Hashable {
  public var problems: [Problem]
  /// The character column (1-based) where JSON reading stopped, for syntax errors.
  public var column: Int?
}

/// Turns log lines into events and events into their exact canonical line bytes.
///
/// A sealed line read and written again is byte-identical, which is what makes the hash chain meaningful.
public enum EventCodec {
  static let sealedKeys: Set<String> = [
    "seq", "id", "type", "subject", "effective", "until", "recorded", "source", "quote", "data", "prev",
  ]
  static let draftKeys: Set<String> = ["id", "type", "subject", "effective", "until", "recorded", "source", "quote", "data", "review"]

  /// Reads a sealed log line (without its newline).
  /// - Complexity: O(n) in the line's length.
  public static func decodeEvent(_ line: UnsafeBufferPointer<UInt8>) -> Result<Event, LineFailure> {
    let object: JSONObject
    switch parseObject(line) {
    case .success(let o): object = o
    case .failure(let f): return .failure(f)
    }
    var problems: [Problem] = []
    var fields = Fields(object: object, problems: problems)
    let seq = fields.integer("seq")
    let prevText = fields.string("prev")
    let body = fields.body(allowed: sealedKeys)
    problems = fields.problems
    var prev: SHA256.Digest?
    if let prevText {
      prev = SHA256.Digest(hex: prevText)
      if prev == nil { problems.append(.invalidDigest(prevText)) }
    }
    guard problems.isEmpty, let seq, let prev, let body else { return .failure(LineFailure(problems: problems)) }
    return .success(Event(sealing: body, seq: seq, prev: prev))
  }

  /// Reads a draft line: an event without `seq` and `prev`, keys in any order, optionally with `review`.
  public static func decodeDraft(_ line: UnsafeBufferPointer<UInt8>) -> Result<Draft, LineFailure> {
    let object: JSONObject
    switch parseObject(line) {
    case .success(let o): object = o
    case .failure(let f): return .failure(f)
    }
    var fields = Fields(object: object, problems: [])
    var draft = fields.body(allowed: draftKeys)
    if object["review"] != nil {
      let review = fields.object("review")
      draft?.review = review
    }
    guard fields.problems.isEmpty, let draft else { return .failure(LineFailure(problems: fields.problems)) }
    return .success(draft)
  }

  /// The canonical bytes of a sealed event's line, without the trailing newline.
  public static func encode(_ e: Event) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256 + e.quote.utf8.count)
    encode(e, into: &out)
    return out
  }

  /// Appends the canonical bytes of `e` (no newline) to `out`.
  public static func encode(_ e: Event, into out: inout [UInt8]) {
    out.append(contentsOf: #"{"seq":"#.utf8)
    writeDigits(e.seq, into: &out)
    field("id", e.id, &out)
    field("type", e.type.rawValue, &out)
    field("subject", e.subject.raw, &out)
    timeField("effective", e.effective, &out)
    if let until = e.until { timeField("until", until, &out) }
    timeField("recorded", e.recorded, &out)
    field("source", e.source, &out)
    field("quote", e.quote, &out)
    out.append(contentsOf: #","data":"#.utf8)
    JSONWriter.write(e.data, into: &out)
    out.append(contentsOf: #","prev":""#.utf8)
    e.prev.writeHex(into: &out)
    out.append(contentsOf: #""}"#.utf8)
  }

  /// Whether `line` is exactly the canonical encoding of `e`; `scratch` is a buffer reused between calls so
  /// that checking a log's lines allocates nothing once it has grown to the longest line.
  static func isCanonical(_ line: UnsafeBufferPointer<UInt8>, of e: Event, scratch: inout [UInt8]) -> Bool {
    scratch.removeAll(keepingCapacity: true)
    encode(e, into: &scratch)
    return scratch.withUnsafeBufferPointer { $0.count == line.count && memcmp($0.baseAddress!, line.baseAddress!, line.count) == 0 }
  }

  /// The draft as a JSON object in the same key order as a sealed line (for `--format json` and drafts).
  public static func encodeDraft(_ d: Draft) -> [UInt8] {
    var out: [UInt8] = []
    out.append(UInt8(ascii: "{"))
    out.append(contentsOf: #""id":"#.utf8)
    JSONWriter.writeString(d.id, into: &out)
    field("type", d.type.rawValue, &out)
    field("subject", d.subject.raw, &out)
    field("effective", d.interval.effective.iso8601, &out)
    if let until = d.interval.until { field("until", until.iso8601, &out) }
    field("recorded", d.recorded.iso8601, &out)
    field("source", d.source, &out)
    field("quote", d.quote, &out)
    out.append(contentsOf: #","data":"#.utf8)
    JSONWriter.write(d.data, into: &out)
    if let review = d.review {
      out.append(contentsOf: #","review":"#.utf8)
      JSONWriter.write(review, into: &out)
    }
    out.append(UInt8(ascii: "}"))
    return out
  }

  /// A time field: the same bytes as `field(key, t.iso8601, &out)`, since an ISO 8601 text needs no escapes.
  @inline(__always) static func timeField(_ key: StaticString, _ t: Timestamp, _ out: inout [UInt8]) {
    out.append(UInt8(ascii: ","))
    out.append(UInt8(ascii: "\""))
    out.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    out.append(contentsOf: #"":""#.utf8)
    t.writeISO8601(into: &out)
    out.append(UInt8(ascii: "\""))
  }

  @inline(__always) static func field(_ key: StaticString, _ value: String, _ out: inout [UInt8]) {
    out.append(UInt8(ascii: ","))
    out.append(UInt8(ascii: "\""))
    out.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    out.append(contentsOf: #"":"#.utf8)
    JSONWriter.writeString(value, into: &out)
  }

  static func parseObject(_ line: UnsafeBufferPointer<UInt8>) -> Result<JSONObject, LineFailure> {
    do {
      let value = try JSONParser.parse(line)
      guard case .object(let o) = value else { return .failure(LineFailure(problems: [.notAnObject], column: 1)) }
      return .success(o)
    } catch {
      let column = characterColumn(line, byteOffset: error.offset)
      return .failure(LineFailure(problems: [.invalidJSON(error.expected)], column: column))
    }
  }

  /// 1-based column in characters (Unicode scalars) of a byte offset, counting invalid bytes as one each.
  static func characterColumn(_ line: UnsafeBufferPointer<UInt8>, byteOffset: Int) -> Int {
    var col = 1
    for k in 0..<min(byteOffset, line.count) where line[k] & 0xC0 != 0x80 { col += 1 }
    return col
  }
}

/// Pulls typed envelope fields out of an object, collecting problems instead of stopping at the first.
struct Fields {
  let object: JSONObject
  var problems: [Problem]

  mutating func value(_ key: String, required: Bool = true) -> JSONValue? {
    guard let v = object[key] else {
      if required { problems.append(.missingField(key)) }
      return nil
    }
    return v
  }

  mutating func string(_ key: String, required: Bool = true) -> String? {
    guard let v = value(key, required: required) else { return nil }
    guard case .string(let s) = v else {
      problems.append(.wrongType(field: key, expected: .string, found: v.kind))
      return nil
    }
    return s
  }

  mutating func integer(_ key: String) -> Int? {
    guard let v = value(key) else { return nil }
    guard case .number(let n) = v, let i = Int(n), i >= 1 else {
      problems.append(.wrongType(field: key, expected: .number, found: v.kind))
      return nil
    }
    return i
  }

  mutating func object(_ key: String) -> JSONObject? {
    guard let v = value(key) else { return nil }
    guard case .object(let o) = v else {
      problems.append(.wrongType(field: key, expected: .object, found: v.kind))
      return nil
    }
    return o
  }

  mutating func time(_ key: String, required: Bool = true) -> Timestamp? {
    guard let s = string(key, required: required) else { return nil }
    do { return try Timestamp.parse(s) } catch {
      problems.append(.invalidTime(field: key, value: s, error))
      return nil
    }
  }

  /// Reads the fields every event has, checking the allowed key set.
  mutating func body(allowed: Set<String>) -> Draft? {
    for key in object.keys where !allowed.contains(key) { problems.append(.unexpectedField(key)) }
    let id = string("id")
    if let id, !isValidID(id) { problems.append(.invalidID(id)) }
    var type: EventType?
    if let t = string("type") {
      type = EventType(rawValue: t)
      if type == nil { problems.append(.unknownEventType(t)) }
    }
    var subject: SubjectKey?
    if let s = string("subject") {
      do {
        subject = try SubjectKey(s)
        if let type, let kind = type.subjectKind, subject!.kind != kind {
          problems.append(.subjectKindMismatch(type: type, subject: s))
        }
      } catch { problems.append(.invalidSubject(s, error)) }
    }
    let effective = time("effective")
    let until = time("until", required: false)
    if let effective, let until, until <= effective { problems.append(.untilNotAfterEffective(effective: effective, until: until)) }
    let recorded = time("recorded")
    let source = string("source")
    let quote = string("quote")
    let data = object("data")
    guard let id, let type, let subject, let effective, let recorded, let source, let quote, let data,
      problems.isEmpty
    else { return nil }
    return Draft(
      id: id, type: type, subject: subject, interval: ValidInterval(effective: effective, until: until),
      recorded: recorded, source: source, quote: quote, data: data)
  }
}

/// Whether `id` is 1 to 128 of `A-Z a-z 0-9 . _ : -`.
func isValidID(_ id: String) -> Bool {
  let u = id.utf8
  guard (1...128).contains(u.count) else { return false }
  return u.allSatisfy { c in
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2E || c == 0x5F || c == 0x3A || c == 0x2D
  }
}
