#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A briefing's text prepared for quote checks: line breaks and spaces removed, as newspaper columns insert them.
public struct SourceText: Sendable {
  /// The text with the ignorable characters removed, as UTF-8.
  let folded: [UInt8]
  /// The first 8 bytes at every character start of ``folded`` (big-endian), with the position, sorted:
  /// a quote is looked up by its own first 8 bytes, then confirmed with one comparison.
  let prefixes: [(key: UInt64, at: Int32)]

  /// Prepares a source text and its prefix index.
  /// - Complexity: O(n log n) in the text's length.
  public init(_ text: [UInt8]) {
    let folded = SourceText.fold(text)
    var prefixes: [(key: UInt64, at: Int32)] = []
    if folded.count >= 8 {
      prefixes.reserveCapacity(folded.count / 2)
      for i in 0...(folded.count - 8) where folded[i] & 0xC0 != 0x80 {
        prefixes.append((SourceText.key(folded, at: i), Int32(i)))
      }
      prefixes.sort { $0.key < $1.key }
    }
    self.folded = folded
    self.prefixes = prefixes
  }

  @inline(__always) static func key(_ b: [UInt8], at i: Int) -> UInt64 {
    var k: UInt64 = 0
    for j in 0..<8 { k = k << 8 | UInt64(b[i + j]) }
    return k
  }

  /// Whether `quote` occurs in the text, ignoring line breaks and spaces on both sides.
  ///
  /// An empty quote (after folding) never matches: every event must rest on some text.
  /// - Complexity: O(log n + m) through the prefix index; quotes shorter than 8 bytes fall back to a
  ///   Boyer-Moore-Horspool scan.
  public func contains(quote: String) -> Bool {
    let needle = SourceText.fold(Array(quote.utf8))
    guard !needle.isEmpty, needle.count <= folded.count else { return false }
    if needle.count >= 8, needle[0] & 0xC0 != 0x80 {
      let k = SourceText.key(needle, at: 0)
      var lo = 0
      var hi = prefixes.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if prefixes[mid].key < k { lo = mid + 1 } else { hi = mid }
      }
      return folded.withUnsafeBufferPointer { hay in
        needle.withUnsafeBufferPointer { n in
          var j = lo
          while j < prefixes.count, prefixes[j].key == k {
            let at = Int(prefixes[j].at)
            if at + n.count <= hay.count, memcmp(hay.baseAddress! + at, n.baseAddress!, n.count) == 0 { return true }
            j += 1
          }
          return false
        }
      }
    }
    return folded.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { n in SourceText.horspool(hay, n) }
    }
  }

  /// Boyer-Moore-Horspool search: skips ahead by the bad-character shift of the byte under the window's end.
  static func horspool(_ hay: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
    let m = n.count
    var shift = [Int](repeating: m, count: 256)
    for k in 0..<(m - 1) { shift[Int(n[k])] = m - 1 - k }
    let last = n[m - 1]
    var i = 0
    while i + m <= hay.count {
      let c = hay[i + m - 1]
      if c == last && memcmp(hay.baseAddress! + i, n.baseAddress!, m - 1) == 0 { return true }
      i += shift[Int(c)]
    }
    return false
  }

  /// Removes `\n`, `\r`, `\t`, space, U+00A0 (no-break space) and U+3000 (ideographic space).
  static func fold(_ s: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    var i = 0
    while i < s.count {
      let c = s[i]
      if c == 0x0A || c == 0x0D || c == 0x20 || c == 0x09 {
        i += 1
        continue
      }
      if c == 0xC2, i + 1 < s.count, s[i + 1] == 0xA0 {
        i += 2
        continue
      }
      if c == 0xE3, i + 2 < s.count, s[i + 1] == 0x80, s[i + 2] == 0x80 {
        i += 3
        continue
      }
      out.append(c)
      i += 1
    }
    return out
  }
}
