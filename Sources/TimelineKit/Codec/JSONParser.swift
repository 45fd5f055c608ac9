/// Why bytes are not the JSON that was expected, with the byte offset where reading stopped.
public struct JSONSyntaxError: Error, Sendable, Hashable {
  /// What the parser was looking for when it failed.
  public enum Expected: Sendable, Hashable {
    case value, objectKey, colon, commaOrEndOfObject, commaOrEndOfArray, endOfInput
    case validEscape, hexDigits, lowSurrogate, digit
    /// Valid UTF-8 (the bytes of a string were not).
    case validUTF8
    /// A string with no raw control character (U+0000 to U+001F must be escaped).
    case escapedControlCharacter
    /// A unique key; the named one appeared twice in one object.
    case uniqueKey(String)
    /// Nesting no deeper than ``JSONParser/maximumDepth``.
    case shallowerNesting
    /// More input: the text ended in the middle of a value.
    case moreInput
  }
  /// Zero-based byte offset into the parsed bytes.
  public var offset: Int
  public var expected: Expected
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// It rejects what the RFC rejects (trailing commas, single quotes, leading zeros, raw control characters,
/// invalid UTF-8, lone surrogates) and also duplicate keys, which the log never needs and which would make
/// a value ambiguous.
public struct JSONParser {
  /// The deepest nesting of arrays and objects accepted; deeper input is refused, never a stack overflow.
  public static let maximumDepth = 64

  /// Parses one complete JSON value from `bytes` (surrounding whitespace allowed).
  /// - Throws: ``JSONSyntaxError`` with the offset of the first problem.
  /// - Complexity: O(n) in the number of bytes.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
    var p = JSONParser(bytes: bytes)
    p.skipWhitespace()
    let v = try p.parseValue(depth: 0)
    p.skipWhitespace()
    guard p.i == bytes.count else { throw JSONSyntaxError(offset: p.i, expected: .endOfInput) }
    return v
  }

  /// Parses one complete JSON value from an array of bytes.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { buf throws(JSONSyntaxError) in try parse(buf) }
  }

  /// Parses one complete JSON value from a string.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }

  let b: UnsafeBufferPointer<UInt8>
  var i = 0
  /// What the text read so far says about canonical form (see ``JSONWriter``), for the log reader's fast path.
  var layout = Layout.canonical

  /// How far parsed text is from what ``JSONWriter`` writes for the same value.
  enum Layout: Comparable {
    /// No whitespace, keys in sorted order, no escapes: exactly the writer's text.
    case canonical
    /// As `canonical`, except that some string has an escape, which the writer may or may not write the same way.
    case escaped
    /// Whitespace between tokens or keys out of order: the writer's text differs.
    case nonCanonical
  }

  init(bytes: UnsafeBufferPointer<UInt8>) { b = bytes }

  @inline(__always) mutating func skipWhitespace() {
    while i < b.count {
      let c = b[i]
      guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
      layout = .nonCanonical
      i += 1
    }
  }

  @inline(__always) func fail(_ e: JSONSyntaxError.Expected) -> JSONSyntaxError {
    JSONSyntaxError(offset: i, expected: i >= b.count && e != .endOfInput ? .moreInput : e)
  }

  mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    guard i < b.count else { throw fail(.value) }
    switch b[i] {
    case UInt8(ascii: "{"): return .object(try parseObject(depth: depth + 1))
    case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw fail(.value)
    }
  }

  mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
    let n = word.utf8CodeUnitCount
    let w = UnsafeBufferPointer(start: word.utf8Start, count: n)
    for k in 0..<n {
      guard i + k < b.count, b[i + k] == w[k] else { throw fail(.value) }
    }
    i += n
  }

  mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONObject {
    guard depth <= JSONParser.maximumDepth else { throw fail(.shallowerNesting) }
    i += 1
    var members: [JSONObject.Member] = []
    var ascending = true
    skipWhitespace()
    if i < b.count, b[i] == UInt8(ascii: "}") {
      i += 1
      return JSONObject()
    }
    while true {
      skipWhitespace()
      guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail(.objectKey) }
      let keyStart = i
      let key = try parseString()
      skipWhitespace()
      guard i < b.count, b[i] == UInt8(ascii: ":") else { throw fail(.colon) }
      i += 1
      skipWhitespace()
      let value = try parseValue(depth: depth)
      // Keys in strictly ascending order cannot repeat; only out-of-order ones need the full search.
      if let last = members.last, !last.key.utf8.lexicographicallyPrecedes(key.utf8) {
        ascending = false
        layout = .nonCanonical
      }
      if !ascending, members.contains(where: { $0.key == key }) {
        throw JSONSyntaxError(offset: keyStart, expected: .uniqueKey(key))
      }
      members.append(JSONObject.Member(key: key, value: value))
      skipWhitespace()
      guard i < b.count else { throw fail(.commaOrEndOfObject) }
      if b[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard b[i] == UInt8(ascii: "}") else { throw fail(.commaOrEndOfObject) }
      i += 1
      return JSONObject(unsorted: members)!
    }
  }

  mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    guard depth <= JSONParser.maximumDepth else { throw fail(.shallowerNesting) }
    i += 1
    var items: [JSONValue] = []
    skipWhitespace()
    if i < b.count, b[i] == UInt8(ascii: "]") {
      i += 1
      return .array([])
    }
    while true {
      skipWhitespace()
      items.append(try parseValue(depth: depth))
      skipWhitespace()
      guard i < b.count else { throw fail(.commaOrEndOfArray) }
      if b[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard b[i] == UInt8(ascii: "]") else { throw fail(.commaOrEndOfArray) }
      i += 1
      return .array(items)
    }
  }

  /// Parses a string starting at the opening quote; leaves `i` after the closing quote.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    i += 1
    let start = i
    // Fast path: no escapes.
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: "\"") {
        let raw = UnsafeBufferPointer(rebasing: b[start..<i])
        guard let s = String(validating: raw, as: UTF8.self) else {
          i = start + firstInvalidUTF8(raw)
          throw fail(.validUTF8)
        }
        i += 1
        return s
      }
      if c == UInt8(ascii: "\\") { break }
      if c < 0x20 { throw fail(.escapedControlCharacter) }
      i += 1
    }
    guard i < b.count else { throw fail(.moreInput) }
    // Slow path: decode escapes into bytes.
    layout = max(layout, .escaped)
    var out = [UInt8](UnsafeBufferPointer(rebasing: b[start..<i]))
    while i < b.count {
      let c = b[i]
      if c == UInt8(ascii: "\"") {
        guard let s = String(validating: out, as: UTF8.self) else {
          i = start + firstInvalidUTF8(UnsafeBufferPointer(rebasing: b[start..<i]))
          throw fail(.validUTF8)
        }
        i += 1
        return s
      }
      if c < 0x20 { throw fail(.escapedControlCharacter) }
      if c != UInt8(ascii: "\\") {
        out.append(c)
        i += 1
        continue
      }
      i += 1
      guard i < b.count else { throw fail(.validEscape) }
      let e = b[i]
      i += 1
      switch e {
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "/"): out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800...0xDBFF).contains(scalar) {
          guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else { throw fail(.lowSurrogate) }
          i += 2
          let low = try hex4()
          guard (0xDC00...0xDFFF).contains(low) else {
            i -= 6
            throw fail(.lowSurrogate)
          }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
          i -= 6
          throw fail(.lowSurrogate)
        }
        out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
      default:
        i -= 2
        throw fail(.validEscape)
      }
    }
    throw fail(.moreInput)
  }

  mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    var v: UInt32 = 0
    for _ in 0..<4 {
      guard i < b.count else { throw fail(.hexDigits) }
      let c = b[i]
      let d: UInt8
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
      default: throw fail(.hexDigits)
      }
      v = v << 4 | UInt32(d)
      i += 1
    }
    return v
  }

  /// Parses a number per the RFC grammar and returns its literal text.
  mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let start = i
    if b[i] == UInt8(ascii: "-") { i += 1 }
    guard i < b.count, isDigit(b[i]) else { throw fail(.digit) }
    if b[i] == UInt8(ascii: "0") {
      i += 1
    } else {
      while i < b.count, isDigit(b[i]) { i += 1 }
    }
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      guard i < b.count, isDigit(b[i]) else { throw fail(.digit) }
      while i < b.count, isDigit(b[i]) { i += 1 }
    }
    if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      i += 1
      if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
      guard i < b.count, isDigit(b[i]) else { throw fail(.digit) }
      while i < b.count, isDigit(b[i]) { i += 1 }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
  }

  @inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") <= 9 }
}

/// The offset of the first byte that is not part of valid UTF-8 in `raw` (its count when all is valid).
func firstInvalidUTF8(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
  var decoder = UTF8()
  var it = raw.makeIterator()
  var consumed = 0
  while true {
    switch decoder.decode(&it) {
    case .scalarValue(let s): consumed += UTF8.width(s)
    case .emptyInput: return consumed
    case .error: return consumed
    }
  }
}
