#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A cursor over a line that accepts only the canonical writer's text: no whitespace, no escapes.
struct CanonicalReader {
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
