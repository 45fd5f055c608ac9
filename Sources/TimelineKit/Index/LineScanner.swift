#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Scans a canonical log line for the fields the fast paths need, without building the event.
///
/// Canonical lines have a fixed key order (events/README.md), so the scanner reads each field where it must
/// be. Anything unexpected returns `nil` and the caller decodes the line the slow, exact way.
enum LineScanner {
  struct Scanned {
    var effective: Int64
    var until: Int64
    var recorded: Int64
    var seq: Int32
    var type: EventType
    var subject: Range<Int>
    var id: Range<Int>
    /// For a retraction, where `data.target`'s value is.
    var target: Range<Int>?
  }

  static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Scanned? {
    var i = 0
    guard expect(b, &i, #"{"seq":"#) else { return nil }
    var seq = 0
    let seqStart = i
    while i < b.count, b[i] &- 0x30 <= 9, i - seqStart < 10 {
      seq = seq * 10 + Int(b[i] &- 0x30)
      i += 1
    }
    guard i > seqStart, seq <= Int(Int32.max) else { return nil }
    guard expect(b, &i, #","id":""#), let id = plainString(b, &i) else { return nil }
    guard expect(b, &i, #","type":""#), let typeRange = plainString(b, &i), let type = eventType(b, typeRange) else { return nil }
    guard expect(b, &i, #","subject":""#), let subject = plainString(b, &i) else { return nil }
    guard expect(b, &i, #","effective":""#), let effective = time(b, &i) else { return nil }
    var until = Int64.max
    if expect(b, &i, #","until":""#) {
      guard let u = time(b, &i) else { return nil }
      until = u
    }
    guard expect(b, &i, #","recorded":""#), let recorded = time(b, &i) else { return nil }
    guard expect(b, &i, #","source":""#), plainString(b, &i) != nil else { return nil }
    guard expect(b, &i, #","quote":""#), skipString(b, &i) else { return nil }
    guard expect(b, &i, #","data":{"#) else { return nil }
    let dataStart = i
    // The data object ends right before ,"prev":" (a raw quote cannot occur inside a string value).
    // The line ends with ,"prev":"<64 hex digits>"} : 9 + 64 + 2 bytes.
    guard b.count >= dataStart + 76, b[b.count - 1] == UInt8(ascii: "}"), b[b.count - 2] == UInt8(ascii: "\""),
      b[b.count - 76] == UInt8(ascii: "}")
    else { return nil }
    var tail = b.count - 75
    guard expect(b, &tail, #","prev":""#) else { return nil }
    var target: Range<Int>?
    if type == .eventRetracted {
      var k = dataStart
      guard let found = find(b, #""target":""#, from: dataStart, to: b.count - 75) else { return nil }
      k = found
      guard let t = plainString(b, &k) else { return nil }
      target = t
    }
    return Scanned(
      effective: effective, until: until, recorded: recorded, seq: Int32(seq), type: type, subject: subject, id: id, target: target)
  }

  @inline(__always) static func expect(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ s: StaticString) -> Bool {
    let n = s.utf8CodeUnitCount
    guard i + n <= b.count, memcmp(b.baseAddress! + i, s.utf8Start, n) == 0 else { return false }
    i += n
    return true
  }

  /// A string with no escapes: returns the range of its content and leaves `i` after the closing quote.
  @inline(__always) static func plainString(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Range<Int>? {
    let start = i
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: "\"") {
        i += 1
        return start..<(i - 1)
      }
      if c == UInt8(ascii: "\\") || c < 0x20 { return nil }
      i += 1
    }
    return nil
  }

  /// Skips a string's content (escapes allowed), leaving `i` after the closing quote.
  /// Jumps from quote to quote with `memchr` (quotes are long, mostly CJK), then counts the backslashes before
  /// each to tell an escaped quote from the closing one.
  @inline(__always) static func skipString(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
    let base = b.baseAddress!
    var k = i
    while k < b.count {
      guard let hit = memchr(base + k, Int32(UInt8(ascii: "\"")), b.count - k) else { return false }
      let q = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      var slashes = 0
      while q - slashes - 1 >= i, b[q - slashes - 1] == UInt8(ascii: "\\") { slashes += 1 }
      if slashes % 2 == 0 {
        i = q + 1
        return true
      }
      k = q + 1
    }
    return false
  }

  /// A timestamp string (read by the log reader's own parser), leaving `i` after its closing quote.
  @inline(__always) static func time(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int64? {
    let start = i
    guard let r = plainString(b, &i),
      let t = try? Timestamp.parse(bytes: UnsafeBufferPointer(rebasing: b[r]), requireOffset: true)
    else {
      i = start
      return nil
    }
    return t.epochSeconds
  }

  static func find(_ b: UnsafeBufferPointer<UInt8>, _ s: StaticString, from: Int, to: Int) -> Int? {
    let n = s.utf8CodeUnitCount
    var k = from
    while k + n <= to {
      if b[k] == UInt8(ascii: "\""), memcmp(b.baseAddress! + k, s.utf8Start, n) == 0 { return k + n }
      k += 1
    }
    return nil
  }

  /// Each type's name as bytes, by ``EventRecord/type`` code.
  static let typeNames: [[UInt8]] = EventType.allCases.map { Array($0.rawValue.utf8) }

  static func eventType(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> EventType? {
    for (k, name) in typeNames.enumerated() where name.count == r.count {
      if name.withUnsafeBytes({ memcmp($0.baseAddress!, b.baseAddress! + r.lowerBound, r.count) }) == 0 { return eventTypesByCode[k] }
    }
    return nil
  }
}
