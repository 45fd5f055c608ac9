import Synchronization
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A briefing's text prepared for quote checks: line breaks and spaces removed, as newspaper columns insert them.
///
/// Quotes are found through an index of every 8-byte run ("gram") that starts a character of the folded
/// text, bucketed by a hash of the gram. A quote is looked up by the gram of its own that is rarest in the
/// text, so the many quotes that share a common opening (`自1月7日15时起，`) each meet only a handful of
/// candidates, and every candidate is confirmed with one comparison of the whole quote.
///
/// Events are usually drafted from a text in its order, so a caller checking many quotes can pass a hint:
/// the quote is first compared where the last one ended, and the index is built only when that misses.
public struct SourceText: Sendable {
  /// The text with the ignorable characters removed, as UTF-8.
  let folded: [UInt8]
  /// The gram index, built the first time a search needs it (shared by every copy of this value).
  let index: GramIndex

  /// The length of an indexed gram.
  static let gram = 8
  /// How far past the hint a quote is looked for by scanning before the index is used.
  static let nearby = 4096

  /// Prepares a source text; its index is built on the first search that needs it.
  /// - Complexity: O(n) in the text's length, and O(n) once more for the index.
  public init(_ text: [UInt8]) {
    folded = text.withUnsafeBufferPointer { raw in
      [UInt8](unsafeUninitializedCapacity: raw.count) { out, count in count = SourceText.fold(raw, into: out) }
    }
    index = GramIndex()
  }

  /// Buckets of the positions of every gram of a folded text, built once, on first use, under a lock.
  final class GramIndex: Sendable {
    private let built = Mutex<Built?>(nil)

    struct Built: Sendable {
      /// Where each hash bucket's positions start in ``positions``; one more entry than there are buckets.
      var bucketStarts: [UInt32]
      /// The positions of every character start `i` with `i + 8 <= folded.count`, grouped by bucket.
      var positions: [UInt32]
      /// `64 - log2(bucket count)`: the shift that turns a gram's hash into its bucket.
      var shift: UInt64
    }

    /// The index of `folded`, building it if this is the first call.
    func get(_ folded: [UInt8]) -> Built {
      built.withLock { built in
        if let built { return built }
        let b = GramIndex.build(folded)
        built = b
        return b
      }
    }

    static func build(_ folded: [UInt8]) -> Built {
      let g = SourceText.gram
      var starts = 0
      if folded.count >= g { for i in 0...(folded.count - g) where folded[i] & 0xC0 != 0x80 { starts += 1 } }
      // About two positions per bucket: the table stays small enough for the core's cache while it is filled.
      var bits = 1
      while 2 << bits < starts { bits += 1 }
      let shift = UInt64(64 - bits)
      var bucketStarts = [UInt32](repeating: 0, count: (1 << bits) + 1)
      var positions = [UInt32](repeating: 0, count: starts)
      if starts > 0 {
        folded.withUnsafeBufferPointer { hay in
          bucketStarts.withUnsafeMutableBufferPointer { b in
            let base = UnsafeRawPointer(hay.baseAddress!)
            for i in 0...(hay.count - g) where hay[i] & 0xC0 != 0x80 {
              b[SourceText.bucket(base, i, shift) + 1] &+= 1
            }
            for k in 1..<b.count { b[k] &+= b[k - 1] }
            // Fill back to front so each bucket's positions end up in ascending order.
            var next = Array(b.dropFirst())
            positions.withUnsafeMutableBufferPointer { p in
              for i in stride(from: hay.count - g, through: 0, by: -1) where hay[i] & 0xC0 != 0x80 {
                let k = SourceText.bucket(base, i, shift)
                next[k] &-= 1
                p[Int(next[k])] = UInt32(i)
              }
            }
          }
        }
      }
      return Built(bucketStarts: bucketStarts, positions: positions, shift: shift)
    }
  }

  /// The 8 bytes at `base + i`, as an integer (byte order does not matter: it is only compared and hashed).
  @inline(__always) static func gramKey(_ base: UnsafeRawPointer, _ i: Int) -> UInt64 {
    base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
  }

  @inline(__always) static func bucket(_ base: UnsafeRawPointer, _ i: Int, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (gramKey(base, i) &* 0x9E37_79B9_7F4A_7C15) &>> shift)
  }

  /// Whether `quote` occurs in the text, ignoring line breaks and spaces on both sides.
  ///
  /// An empty quote (after folding) never matches: every event must rest on some text.
  /// - Complexity: O(m) to choose the quote's rarest gram, then one comparison per text position that
  ///   shares its bucket; quotes shorter than 8 bytes fall back to a Boyer-Moore-Horspool scan.
  public func contains(quote: String) -> Bool {
    var hint = 0
    return contains(quote: quote, hint: &hint)
  }

  /// ``contains(quote:)``, trying first just after where the previous quote was found (see ``contains(folded:hint:)``).
  func contains(quote: String, hint: inout Int) -> Bool {
    var quote = quote
    return quote.withUTF8 { raw in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(raw.count, 1)) { tmp in
        let m = SourceText.fold(raw, into: tmp)
        return contains(folded: UnsafeBufferPointer(rebasing: tmp[0..<m]), hint: &hint)
      }
    }
  }

  /// Whether an already folded needle occurs in the folded text.
  func contains(folded n: UnsafeBufferPointer<UInt8>) -> Bool {
    var hint = 0
    return contains(folded: n, hint: &hint)
  }

  /// Whether an already folded needle occurs in the folded text, trying first at `hint` (a byte offset) and
  /// leaving `hint` just after the occurrence found.
  func contains(folded n: UnsafeBufferPointer<UInt8>, hint: inout Int) -> Bool {
    let m = n.count
    guard m > 0, m <= folded.count else { return false }
    let at = folded.withUnsafeBufferPointer { hay -> Int? in
      guard hint >= 0, hint <= hay.count - m else { return search(hay, n) }
      if memcmp(hay.baseAddress! + hint, n.baseAddress!, m) == 0 { return hint }
      // A little further on, then anywhere through the index.
      let window = UnsafeBufferPointer(rebasing: hay[hint..<min(hay.count, hint + SourceText.nearby + m)])
      if let near = SourceText.horspool(window, n) { return hint + near }
      return search(hay, n)
    }
    guard let at else { return false }
    hint = at + m
    return true
  }

  /// Where the needle occurs through the gram index (Horspool when it has no gram), or `nil`.
  private func search(_ hay: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Int? {
    let m = n.count
    let g = SourceText.gram
    let built = index.get(folded)
    let shift = built.shift
    return built.bucketStarts.withUnsafeBufferPointer { starts in
      built.positions.withUnsafeBufferPointer { pos in
        let needle = UnsafeRawPointer(n.baseAddress!)
        // The needle's gram whose bucket is smallest; every match contains it at the same offset, and
        // that offset is a character start in the text too, since its first byte starts a character.
        var best = -1
        var bestBucket = 0
        var bestSize = Int.max
        if m >= g {
          for j in 0...(m - g) where n[j] & 0xC0 != 0x80 {
            let k = SourceText.bucket(needle, j, shift)
            let size = Int(starts[k + 1] &- starts[k])
            if size < bestSize {
              (best, bestBucket, bestSize) = (j, k, size)
              if size <= 1 { break }
            }
          }
        }
        guard best >= 0 else { return SourceText.horspool(hay, n) }
        let key = SourceText.gramKey(needle, best)
        let text = UnsafeRawPointer(hay.baseAddress!)
        for s in Int(starts[bestBucket])..<Int(starts[bestBucket + 1]) {
          let at = Int(pos[s])
          let start = at - best
          guard start >= 0, start + m <= hay.count, SourceText.gramKey(text, at) == key else { continue }
          if memcmp(text + start, needle, m) == 0 { return start }
        }
        return nil
      }
    }
  }

  /// Boyer-Moore-Horspool search: skips ahead by the bad-character shift of the byte under the window's end.
  static func horspool(_ hay: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Int? {
    let m = n.count
    var shift = [Int](repeating: m, count: 256)
    for k in 0..<(m - 1) { shift[Int(n[k])] = m - 1 - k }
    let last = n[m - 1]
    var i = 0
    while i + m <= hay.count {
      let c = hay[i + m - 1]
      if c == last && memcmp(hay.baseAddress! + i, n.baseAddress!, m - 1) == 0 { return i }
      i += shift[Int(c)]
    }
    return nil
  }

  /// Whether any byte of `w` is one that starts something ``fold(_:into:)`` removes: `\n`, `\r`, `\t`,
  /// space, or the first byte of U+00A0 (`C2`) or U+3000 (`E3`).
  @inline(__always) static func mayFold(_ w: UInt64) -> Bool {
    @inline(__always) func hasByte(_ b: UInt64) -> Bool {
      let v = w ^ (0x0101_0101_0101_0101 &* b)
      return (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0
    }
    return hasByte(0x0A) || hasByte(0x0D) || hasByte(0x20) || hasByte(0x09) || hasByte(0xC2) || hasByte(0xE3)
  }

  /// Removes `\n`, `\r`, `\t`, space, U+00A0 (no-break space) and U+3000 (ideographic space).
  static func fold(_ s: [UInt8]) -> [UInt8] {
    s.withUnsafeBufferPointer { raw in
      [UInt8](unsafeUninitializedCapacity: raw.count) { out, count in count = fold(raw, into: out) }
    }
  }

  /// Writes the folded form of `s` to `out` (at least as long as `s`) and returns its length.
  static func fold(_ s: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var n = 0
    var i = 0
    let source = UnsafeRawPointer(s.baseAddress)
    let target = UnsafeMutableRawPointer(out.baseAddress)
    // Eight bytes at a time while none of them can start something to remove; the rest byte by byte.
    var plainUntil = 0
    while i < s.count {
      if i >= plainUntil, i + 8 <= s.count, let source, let target {
        let w = source.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if !mayFold(w) {
          target.storeBytes(of: w, toByteOffset: n, as: UInt64.self)
          i += 8
          n += 8
          continue
        }
        plainUntil = i + 8
      }
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
      out[n] = c
      n += 1
      i += 1
    }
    return n
  }
}
