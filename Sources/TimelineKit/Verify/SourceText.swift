#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A briefing's text prepared for quote checks: line breaks and spaces removed, as newspaper columns insert them.
public struct SourceText: Sendable {
  /// The text with the ignorable characters removed, as UTF-8.
  let folded: [UInt8]

  /// Prepares a source text.
  public init(_ text: [UInt8]) { folded = SourceText.fold(text) }

  /// Whether `quote` occurs in the text, ignoring line breaks and spaces on both sides.
  ///
  /// An empty quote (after folding) never matches: every event must rest on some text.
  /// - Complexity: O(n·m) worst case, O(n) typical (first-byte scan with `memchr`-like skipping).
  public func contains(quote: String) -> Bool {
    let needle = SourceText.fold(Array(quote.utf8))
    guard !needle.isEmpty, needle.count <= folded.count else { return false }
    return folded.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { n in
        let first = n[0]
        var i = 0
        let last = hay.count - n.count
        while i <= last {
          if hay[i] == first && memcmp(hay.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
          i += 1
        }
        return false
      }
    }
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
