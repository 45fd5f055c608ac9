#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Verify's fast path: recognises, straight from its bytes, a line that every check would pass, and
/// returns what the cross-log checks need of it, without building an ``Event``.
///
/// It accepts only the common case: a line in canonical form with no escaped strings, in its place in the
/// chain, of a type other than the briefing or a retraction, after the log's first event, whose data fields
/// and subject the catalogue knows and whose quote is in the source text. For anything else, or anything
/// it is unsure of (an exponent in a number, deep nesting, an integer of 19 digits), it returns `nil` and
/// the line takes the full path, which alone decides what a problem says. So it never reports a problem, and
/// it must never accept a line the full path would find a problem with: tests hold it to that.
struct CleanLineCheck {
  /// What the cross-log checks need of a clean line.
  struct Facts {
    var id: String
    var recorded: Timestamp
    var subject: String
    var seq: Int
    /// Where the quote ended in the folded source text (a hint for the next quote).
    var quoteEnd = 0
  }

  /// A subject key seen in this log, and whether the catalogue knows its parts; a class, so that handing
  /// one out of the cache costs one retain.
  final class Subject {
    let key: SubjectKey
    let known: Bool
    init(key: SubjectKey, known: Bool) {
      self.key = key
      self.known = known
    }
  }

  /// A data field of one event type, as bytes to compare with keys.
  struct FieldSpec {
    let name: [UInt8]
    let type: EventSchema.FieldType
    let required: Bool
  }

  let logName: [UInt8]
  let catalogue: Catalogue
  /// For each event type (by its index in `EventType.allCases`), its data fields.
  let specs: [[FieldSpec]]
  let types: [(raw: [UInt8], type: EventType)]
  var subjects = ByteKeyedCache<Subject>()
  /// Whether the catalogue knows a zone level, a district and a scope, by the value's bytes.
  var catalogueKeys = [ByteKeyedCache<Bool>](repeating: ByteKeyedCache<Bool>(), count: 3)
  var scratch: [UInt8] = []
  var seen: [Bool] = []
  /// Where in the folded source text the last quote ended: the next one is tried there first.
  var quoteHint = 0

  init(logName: String, catalogue: Catalogue) {
    self.logName = Array(logName.utf8)
    self.catalogue = catalogue
    types = EventType.allCases.map { (Array($0.rawValue.utf8), $0) }
    specs = EventType.allCases.map { t in
      (EventSchema.fields[t] ?? []).map { FieldSpec(name: Array($0.name.utf8), type: $0.type, required: $0.required) }
    }
  }

  /// The facts of `line` when it is clean at line `number`, following a line whose digest is `prev`, in a
  /// log whose quotes are checked against `source` (`nil`: not checked); `nil` when the full path must decide.
  mutating func check(
    _ line: UnsafeBufferPointer<UInt8>, number: Int, prev: SHA256.Digest, source: SourceText?
  ) -> Facts? {
    guard number > 1, isValidUTF8(line) else { return nil }
    var r = Reader(b: line)
    guard r.literal(#"{"seq":"#), let seq = r.seq(), seq == number else { return nil }
    guard r.literal(#","id":""#), let id = r.plainString(), (1...128).contains(id.count),
      id.allSatisfy(isIDByte)
    else { return nil }
    guard r.literal(#","type":""#), let typeBytes = r.plainString(),
      let type = types.first(where: { equalBytes($0.raw, typeBytes) })?.type,
      type != .briefingPublished, type != .eventRetracted
    else { return nil }
    guard r.literal(#","subject":""#), let subjectBytes = r.plainString(), let subject = subject(subjectBytes),
      subject.known, subject.key.kind == type.subjectKind
    else { return nil }
    guard r.literal(#","effective":""#), let effective = time(&r) else { return nil }
    var until: Timestamp?
    if r.peek(#","until":""#) {
      guard r.literal(#","until":""#), let u = time(&r), u > effective else { return nil }
      until = u
    }
    _ = until
    guard r.literal(#","recorded":""#), let recorded = time(&r) else { return nil }
    guard r.literal(#","source":""#), let sourceBytes = r.plainString(), equalBytes(logName, sourceBytes) else { return nil }
    guard r.literal(#","quote":""#), let quote = r.plainString() else { return nil }
    guard r.literal(#","data":"#), data(&r, type: type, subject: subject.key) else { return nil }
    guard r.literal(#","prev":""#), r.i + 66 == line.count, line[r.i + 64] == UInt8(ascii: "\""),
      line[r.i + 65] == UInt8(ascii: "}"),
      prev.matchesHex(UnsafeRawPointer(line.baseAddress! + r.i))
    else { return nil }
    if let source, !quoteOccurs(quote, in: source) { return nil }
    return Facts(id: String(decoding: id, as: UTF8.self), recorded: recorded, subject: subject.key.raw, seq: seq, quoteEnd: quoteHint)
  }

  /// The subject key for these bytes and whether its catalogue parts exist, parsed once per log.
  mutating func subject(_ raw: UnsafeBufferPointer<UInt8>) -> Subject? {
    if let s = subjects.lookup(raw) { return s }
    guard let key = try? SubjectKey(String(decoding: raw, as: UTF8.self)) else { return nil }
    let s = Subject(key: key, known: EventSchema.checkSubject(key, catalogue: catalogue).isEmpty)
    subjects.insert(raw, s)
    return s
  }

  /// A quoted time whose text is exactly the canonical rendering of its value.
  func time(_ r: inout Reader) -> Timestamp? {
    guard let text = r.plainString(), let t = try? Timestamp.parse(bytes: text, requireOffset: true),
      Timestamp.isCanonicalText(text)
    else { return nil }
    return t
  }

  mutating func quoteOccurs(_ quote: UnsafeBufferPointer<UInt8>, in source: SourceText) -> Bool {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: repeatElement(0, count: quote.count))
    return scratch.withUnsafeMutableBufferPointer { out in
      let n = SourceText.fold(quote, into: out)
      return source.contains(folded: UnsafeBufferPointer(rebasing: out[0..<n]), hint: &quoteHint)
    }
  }

  /// The `data` object: canonical, every key a field of `type` with a value of the field's kind, every
  /// required field present, and a zone's district the subject's.
  mutating func data(_ r: inout Reader, type: EventType, subject: SubjectKey) -> Bool {
    let spec = specs[EventType.allCases.firstIndex(of: type)!]
    seen.removeAll(keepingCapacity: true)
    seen.append(contentsOf: repeatElement(false, count: spec.count))
    guard r.byte(UInt8(ascii: "{")) else { return false }
    var last: UnsafeBufferPointer<UInt8>?
    if !r.byte(UInt8(ascii: "}")) {
      repeat {
        guard r.byte(UInt8(ascii: "\"")), let key = r.plainString(), r.byte(UInt8(ascii: ":")) else { return false }
        if let last, !last.lexicographicallyPrecedes(key) { return false }
        last = key
        guard let f = spec.firstIndex(where: { equalBytes($0.name, key) }) else { return false }
        seen[f] = true
        let start = r.i
        guard r.value(depth: 1) else { return false }
        let value = UnsafeBufferPointer(rebasing: r.b[start..<r.i])
        guard matches(value, spec[f].type) else { return false }
        if subject.kind == .zone, key.elementsEqual("district".utf8), value.first == UInt8(ascii: "\""),
          let d = subject.zoneDistrict, !d.utf8.elementsEqual(value.dropFirst().dropLast())
        {
          return false
        }
      } while r.byte(UInt8(ascii: ","))
      guard r.byte(UInt8(ascii: "}")) else { return false }
    }
    for (k, f) in spec.enumerated() where f.required && !seen[k] { return false }
    return true
  }

  /// Whether a canonical value (already known to be well formed) is of a field's kind.
  mutating func matches(_ v: UnsafeBufferPointer<UInt8>, _ t: EventSchema.FieldType) -> Bool {
    let isString = v.first == UInt8(ascii: "\"")
    let text = isString ? UnsafeBufferPointer(rebasing: v[1..<(v.count - 1)]) : v
    switch t {
    case .string: return isString
    case .integer:
      // `Int(literal)` succeeds: an optional minus and digits; longer than 18 digits is left to the full path.
      let digits = v.first == UInt8(ascii: "-") ? v.dropFirst() : v[...]
      return !digits.isEmpty && digits.count <= 18 && digits.allSatisfy { $0 &- UInt8(ascii: "0") <= 9 }
    case .number:
      // `Double(literal)` succeeds for any JSON number; one with an exponent is left to the full path.
      guard let c = v.first, c == UInt8(ascii: "-") || c &- UInt8(ascii: "0") <= 9 else { return false }
      return v.count <= 40 && !v.contains(UInt8(ascii: "e")) && !v.contains(UInt8(ascii: "E"))
    case .time: return isString && (try? Timestamp.parse(bytes: text, requireOffset: true)) != nil
    case .strings:
      guard v.first == UInt8(ascii: "[") else { return false }
      // Canonical and escape-free, so the elements are strings exactly when every one opens with a quote.
      if v.count == 2 { return true }
      var expectValue = true
      var inString = false
      for c in v.dropFirst().dropLast() {
        if inString {
          if c == UInt8(ascii: "\"") { inString = false }
        } else if expectValue {
          guard c == UInt8(ascii: "\"") else { return false }
          inString = true
          expectValue = false
        } else {
          guard c == UInt8(ascii: ",") else { return false }
          expectValue = true
        }
      }
      return !inString && !expectValue
    case .object: return v.first == UInt8(ascii: "{")
    case .zoneLevel, .district, .scope:
      guard isString else { return false }
      let k = t == .zoneLevel ? 0 : t == .district ? 1 : 2
      if let known = catalogueKeys[k].lookup(text) { return known }
      let key = String(decoding: text, as: UTF8.self)
      let known =
        switch t {
        case .zoneLevel: catalogue.zoneLevels[key] != nil
        case .district: catalogue.isDistrict(key)
        default: catalogue.isValidScope(key)
        }
      catalogueKeys[k].insert(text, known)
      return known
    }
  }
}

/// A cursor over a line that accepts only the canonical writer's text: no whitespace, no escapes.
struct Reader {
  let b: UnsafeBufferPointer<UInt8>
  var i = 0

  /// Consumes `s` if the text continues with it.
  mutating func literal(_ s: StaticString) -> Bool {
    guard peek(s) else { return false }
    i += s.utf8CodeUnitCount
    return true
  }

  func peek(_ s: StaticString) -> Bool {
    let n = s.utf8CodeUnitCount
    return i + n <= b.count && memcmp(b.baseAddress! + i, s.utf8Start, n) == 0
  }

  mutating func byte(_ c: UInt8) -> Bool {
    guard i < b.count, b[i] == c else { return false }
    i += 1
    return true
  }

  /// The text of a string whose opening quote was consumed, up to its closing quote (consumed too); `nil`
  /// at an escape or a raw control character.
  mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
    let start = i
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: "\"") {
        i += 1
        return UnsafeBufferPointer(rebasing: b[start..<(i - 1)])
      }
      if c == UInt8(ascii: "\\") || c < 0x20 { return nil }
      i += 1
    }
    return nil
  }

  /// A positive integer without leading zeros, at most 18 digits.
  mutating func seq() -> Int? {
    let start = i
    var v = 0
    while i < b.count, b[i] &- UInt8(ascii: "0") <= 9, i - start < 18 {
      v = v * 10 + Int(b[i] &- UInt8(ascii: "0"))
      i += 1
    }
    guard i > start, b[start] != UInt8(ascii: "0") else { return nil }
    return v
  }

  /// One canonical JSON value: sorted unique keys, no whitespace, escape-free strings, RFC 8259 numbers.
  mutating func value(depth: Int) -> Bool {
    guard i < b.count, depth <= 16 else { return false }
    switch b[i] {
    case UInt8(ascii: "\""):
      i += 1
      return plainString() != nil
    case UInt8(ascii: "{"):
      i += 1
      if byte(UInt8(ascii: "}")) { return true }
      var last: UnsafeBufferPointer<UInt8>?
      repeat {
        guard byte(UInt8(ascii: "\"")), let key = plainString(), byte(UInt8(ascii: ":")) else { return false }
        if let last, !last.lexicographicallyPrecedes(key) { return false }
        last = key
        guard value(depth: depth + 1) else { return false }
      } while byte(UInt8(ascii: ","))
      return byte(UInt8(ascii: "}"))
    case UInt8(ascii: "["):
      i += 1
      if byte(UInt8(ascii: "]")) { return true }
      repeat {
        guard value(depth: depth + 1) else { return false }
      } while byte(UInt8(ascii: ","))
      return byte(UInt8(ascii: "]"))
    case UInt8(ascii: "t"): return literal("true")
    case UInt8(ascii: "f"): return literal("false")
    case UInt8(ascii: "n"): return literal("null")
    default: return number()
    }
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`; a digit after a leading `0` is left for the caller,
  /// which then finds no `,`, `}` or `]` where it expects one.
  mutating func number() -> Bool {
    _ = byte(UInt8(ascii: "-"))
    guard i < b.count else { return false }
    if b[i] == UInt8(ascii: "0") {
      i += 1
    } else {
      guard digits() > 0 else { return false }
    }
    if byte(UInt8(ascii: ".")) { guard digits() > 0 else { return false } }
    if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      i += 1
      if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
      guard digits() > 0 else { return false }
    }
    return true
  }

  mutating func digits() -> Int {
    let start = i
    while i < b.count, b[i] &- UInt8(ascii: "0") <= 9 { i += 1 }
    return i - start
  }
}

@inline(__always) func isIDByte(_ c: UInt8) -> Bool {
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2E || c == 0x5F || c == 0x3A || c == 0x2D
}

/// Whether `b` is well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing past
/// U+10FFFF), the same rule as `String(validating:as:)`.
func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
  var i = 0
  let n = b.count
  let p = UnsafeRawPointer(b.baseAddress!)
  while i < n {
    if i + 8 <= n, p.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
      i += 8
      continue
    }
    let c = b[i]
    if c < 0x80 {
      i += 1
      continue
    }
    @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
    switch c {
    case 0xC2...0xDF:
      guard cont(1) else { return false }
      i += 2
    case 0xE0...0xEF:
      guard cont(1), cont(2) else { return false }
      let c1 = b[i + 1]
      if c == 0xE0 && c1 < 0xA0 { return false }
      if c == 0xED && c1 > 0x9F { return false }
      i += 3
    case 0xF0...0xF4:
      guard cont(1), cont(2), cont(3) else { return false }
      let c1 = b[i + 1]
      if c == 0xF0 && c1 < 0x90 { return false }
      if c == 0xF4 && c1 > 0x8F { return false }
      i += 4
    default: return false
    }
  }
  return true
}

/// A small open-addressing table from byte strings to values, looked up without building a `String`.
///
/// It stops taking new entries past ``capacity``, so a log of all-distinct keys costs bounded memory.
struct ByteKeyedCache<Value> {
  static var capacity: Int { 1 << 12 }
  private var slots = [Int32](repeating: -1, count: 2 * ByteKeyedCache.capacity)
  private var keys: [[UInt8]] = []
  private var values: [Value] = []

  private static func hash(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in raw { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  func lookup(_ raw: UnsafeBufferPointer<UInt8>) -> Value? {
    let mask = slots.count - 1
    var k = ByteKeyedCache.hash(raw) & mask
    while true {
      let s = slots[k]
      if s < 0 { return nil }
      if equalBytes(keys[Int(s)], raw) { return values[Int(s)] }
      k = (k + 1) & mask
    }
  }

  mutating func insert(_ raw: UnsafeBufferPointer<UInt8>, _ value: Value) {
    guard keys.count < ByteKeyedCache.capacity, !raw.isEmpty else { return }
    let mask = slots.count - 1
    var k = ByteKeyedCache.hash(raw) & mask
    while slots[k] >= 0 { k = (k + 1) & mask }
    slots[k] = Int32(keys.count)
    keys.append(Array(raw))
    values.append(value)
  }
}

/// Whether an array holds exactly the bytes of a buffer.
@inline(__always) func equalBytes(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
  a.count == b.count && (b.isEmpty || a.withUnsafeBufferPointer { memcmp($0.baseAddress!, b.baseAddress!, b.count) == 0 })
}
