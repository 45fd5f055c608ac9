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
