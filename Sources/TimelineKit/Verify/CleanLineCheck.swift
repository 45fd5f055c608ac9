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
  /// Each event type's name as bytes, with its index in ``specs``.
  let types: [(raw: [UInt8], type: EventType, spec: Int)]
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
    types = EventType.allCases.enumerated().map { (Array($1.rawValue.utf8), $1, $0) }
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
    var r = CanonicalReader(b: line)
    guard r.literal(#"{"seq":"#), let seq = r.seq(), seq == number else { return nil }
    guard r.literal(#","id":""#), let id = r.plainString(), (1...128).contains(id.count),
      id.allSatisfy(isIDByte)
    else { return nil }
    guard r.literal(#","type":""#), let typeBytes = r.plainString(),
      let known = types.first(where: { equalBytes($0.raw, typeBytes) }), case let type = known.type,
      type != .briefingPublished, type != .eventRetracted
    else { return nil }
    guard r.literal(#","subject":""#), let subjectBytes = r.plainString(), let subject = subject(subjectBytes),
      subject.known, subject.key.kind == type.subjectKind
    else { return nil }
    guard r.literal(#","effective":""#), let effective = time(&r) else { return nil }
    if r.peek(#","until":""#) {
      guard r.literal(#","until":""#), let until = time(&r), until > effective else { return nil }
    }
    guard r.literal(#","recorded":""#), let recorded = time(&r) else { return nil }
    guard r.literal(#","source":""#), let sourceBytes = r.plainString(), equalBytes(logName, sourceBytes) else { return nil }
    guard r.literal(#","quote":""#), let quote = r.plainString() else { return nil }
    guard r.literal(#","data":"#), data(&r, spec: specs[known.spec], subject: subject.key) else { return nil }
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
  func time(_ r: inout CanonicalReader) -> Timestamp? {
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

  /// The `data` object: canonical, every key a field of the type (`spec`) with a value of the field's kind, every
  /// required field present, and a zone's district the subject's.
  mutating func data(_ r: inout CanonicalReader, spec: [FieldSpec], subject: SubjectKey) -> Bool {
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
      // At most 15 digits before the point keeps it inside EventSchema.maximumMagnitude; others take the full path.
      guard let c = v.first, c == UInt8(ascii: "-") || c &- UInt8(ascii: "0") <= 9 else { return false }
      let whole = (c == UInt8(ascii: "-") ? v.dropFirst() : v[...]).prefix { $0 != UInt8(ascii: ".") }
      return v.count <= 40 && whole.count <= 15 && !v.contains(UInt8(ascii: "e")) && !v.contains(UInt8(ascii: "E"))
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

@inline(__always) func isIDByte(_ c: UInt8) -> Bool {
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2E || c == 0x5F || c == 0x3A || c == 0x2D
}
